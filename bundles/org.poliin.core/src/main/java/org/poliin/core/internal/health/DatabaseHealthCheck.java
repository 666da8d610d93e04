package org.poliin.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform database answers. */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=database", HealthCheck.TAGS + "=poliin" })
public final class DatabaseHealthCheck implements HealthCheck {

    private final DataSource dataSource;

    @Activate
    public DatabaseHealthCheck(@Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(5)) {
                log.info("The database answers ({})", connection.getMetaData().getDatabaseProductName());
            } else {
                log.critical("The database does not answer");
            }
        } catch (SQLException e) {
            log.critical("No connection to the database: {}", e.getMessage());
        }
        return new Result(log);
    }
}
