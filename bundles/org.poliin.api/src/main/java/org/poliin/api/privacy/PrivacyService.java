package org.poliin.api.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Runs privacy requests across every module present; both requests are audited. */
@ProviderType
public interface PrivacyService {

    /** The declarations of every module present: the register of processing activities. */
    List<PrivacyDeclaration> declarations();

    /** All data about the person, from every module, in one document. */
    PersonalDataExportDTO export(long personId);

    /** Erases or anonymises the person's data in every module, all or nothing. */
    ErasureReportDTO erase(long personId);
}
