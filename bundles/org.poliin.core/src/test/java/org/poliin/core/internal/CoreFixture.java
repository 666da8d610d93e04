package org.poliin.core.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.core.internal.audit.JpaAuditLogs;
import org.poliin.core.internal.event.JpaEventService;
import org.poliin.core.internal.imports.CommonsCsvImportService;
import org.poliin.core.internal.organisation.JpaLocalityService;
import org.poliin.core.internal.organisation.JpaOrganisationService;
import org.poliin.core.internal.people.JpaPersonService;
import org.poliin.core.internal.validation.InputValidator;
import org.poliin.testing.FixedCurrentUser;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;
import org.poliin.testing.TestValidation;

/** The core services over a fresh in-memory database, wired by hand as DS would. */
public final class CoreFixture implements AutoCloseable {

    public final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml");
    public final JpaTemplate jpa = database.jpa("poliin-core");
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final FixedCurrentUser user = FixedCurrentUser.as("maria", "staff");
    public final InputValidator validator = new InputValidator(TestValidation.factory());
    public final CommonsCsvImportService imports = new CommonsCsvImportService(jpa, null, validator);
    public final JpaLocalityService localities = new JpaLocalityService(jpa, null, audit, imports, validator);
    public final JpaOrganisationService organisations = new JpaOrganisationService(jpa, null, audit, imports, validator);
    public final JpaPersonService people = new JpaPersonService(jpa, null, audit, validator);
    public final org.poliin.api.audit.AuditLog auditLog = JpaAuditLogs.create(jpa, user);

    public JpaEventService events(ModuleRegistry modules) {
        return new JpaEventService(jpa, null, audit, modules, validator);
    }

    @Override
    public void close() {
        database.close();
    }
}
