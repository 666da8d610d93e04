package org.poliin.core.internal.health;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.core.internal.schema.SchemaStatuses;

/**
 * Every module's schema migrated; a failed migration keeps its module from starting (critical), and a
 * migration still to come means the platform is not ready yet (temporarily unavailable).
 */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=schemas", HealthCheck.TAGS + "=poliin" })
public final class SchemaHealthCheck implements HealthCheck {

    private final SchemaStatuses statuses;

    @Activate
    public SchemaHealthCheck(@Reference SchemaStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        statuses.all().forEach(status -> {
            if (status.pending()) {
                log.temporarilyUnavailable("Schema {} ({}) is waiting to be migrated", status.name(), status.bundle());
            } else if (status.migrated()) {
                log.info("Schema {} ({}) migrated: {} change sets", status.name(), status.bundle(),
                        status.changeSets());
            } else {
                log.critical("Schema {} ({}) failed to migrate: {}", status.name(), status.bundle(), status.error());
            }
        });
        return new Result(log);
    }
}
