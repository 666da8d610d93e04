package org.poliin.core.internal.audit;

import java.time.Clock;

import org.apache.aries.jpa.template.JpaTemplate;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.security.CurrentUser;

/** Opens the package-private constructor to the test fixture. */
public final class JpaAuditLogs {

    private JpaAuditLogs() {
    }

    public static AuditLog create(JpaTemplate jpa, CurrentUser user) {
        return new JpaAuditLog(jpa, user, Clock.systemUTC());
    }
}
