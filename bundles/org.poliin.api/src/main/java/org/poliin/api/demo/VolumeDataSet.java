package org.poliin.api.demo;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Generates a module's tables at a university's real size, for measuring the platform (the shell
 * command {@code poliin:generate-data}). Register it as a service with the service property
 * {@code poliin.module.id}. The core fills its own tables first (localities, organisations, people,
 * audit log, mail outbox), then calls every registered data set, then adds the event participants.
 *
 * <p>A data set tops up: it creates only the rows its tables lack to reach the asked size, so the
 * command can run again. It writes in bulk through {@link VolumeContext#insert}, never one
 * transaction per record.
 */
@ConsumerType
public interface VolumeDataSet {

    /** The id of the module the tables belong to. */
    String moduleId();

    /**
     * Tops up the module's tables to the sizes of {@code context}.
     *
     * @return the rows created, by table name, in the order they were filled
     */
    Map<String, Long> generate(VolumeContext context);
}
