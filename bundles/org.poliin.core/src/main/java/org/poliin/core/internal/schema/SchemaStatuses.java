package org.poliin.core.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.service.component.annotations.Component;

/**
 * The outcome of each schema's last migration. Kept apart from the extender so that reading it (the
 * health check does, at any time) never waits for a migration in progress.
 */
@Component(service = SchemaStatuses.class)
public final class SchemaStatuses {

    /**
     * The outcome of one schema's last migration; neither migrated nor failed (no error) while it waits
     * for its turn or runs.
     */
    public record Status(String name, String bundle, boolean migrated, int changeSets, String error) {

        public boolean pending() {
            return !migrated && error == null;
        }
    }

    private final Map<String, Status> statuses = new ConcurrentSkipListMap<>();

    /** The schema's bundle started: its migration is to come (a known outcome is not overwritten). */
    void pending(String name, String bundle) {
        statuses.putIfAbsent(name, new Status(name, bundle, false, 0, null));
    }

    void migrated(String name, String bundle, int changeSets) {
        statuses.put(name, new Status(name, bundle, true, changeSets, null));
    }

    void failed(String name, String bundle, String error) {
        statuses.put(name, new Status(name, bundle, false, 0, error));
    }

    /** The schema's bundle stopped: whatever happened to it is no longer the platform's state. */
    void forget(String name) {
        statuses.remove(name);
    }

    /** The schemas of the bundles present, by name. */
    public List<Status> all() {
        return List.copyOf(statuses.values());
    }
}
