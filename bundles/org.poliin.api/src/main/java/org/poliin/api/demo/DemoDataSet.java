package org.poliin.api.demo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's demo data. The platform loads it once, and only when the demo switch is on
 * ({@code enabled = true} in {@code etc/org.poliin.demo.cfg}): never into a production database
 * by accident. Register it with the service property {@code poliin.module.id}.
 */
@ConsumerType
public interface DemoDataSet {

    /** The id of the module the data belongs to. */
    String moduleId();

    /**
     * A version of the data set: when it changes, the platform loads the set again, so {@link #load()}
     * must not create what exists already.
     */
    default int version() {
        return 1;
    }

    /**
     * Creates the demo records that do not exist yet. It runs outside a transaction (your writes
     * commit as they go, CSV imports included), once per version; when it fails part way it runs
     * again at the next start, so it must create only what is missing.
     */
    void load();
}
