package org.poliin.api.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part in privacy requests, after Moodle's Privacy API: the metadata provider
 * ({@link #declaration()}) and the request provider ({@link #export(long)}, {@link #erase(long)})
 * in one service. Every module registers one, with the service property {@code poliin.module.id};
 * a module that stores no personal data says so with {@link PrivacyDeclaration#none}.
 *
 * <p>The platform calls {@link #export} and {@link #erase} inside one transaction for all modules,
 * and writes the audit entry itself.
 */
@ConsumerType
public interface PrivacyProvider {

    /** The id of the module. */
    String moduleId();

    /** What personal data the module stores, why, on which basis and for how long. */
    PrivacyDeclaration declaration();

    /** Every record the module stores about the person; empty when there is none. */
    List<PersonalDataRecord> export(long personId);

    /**
     * Erases what the module stores about the person: deletes what no report needs, and anonymises
     * what counts in aggregates (clearing the personal fields, keeping the amounts, dates and counts).
     */
    List<ErasureOutcome> erase(long personId);
}
