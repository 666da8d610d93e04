package org.poliin.api.audit;

import org.osgi.annotation.versioning.ProviderType;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * The append-only audit log: entries are written, never changed or removed. A write joins the caller's
 * transaction, so an action and its entry are stored together or not at all.
 */
@ProviderType
public interface AuditLog {

    void record(AuditRecord record);

    /** Newest first. */
    Page<AuditEntryDTO> search(AuditQuery query, PageRequest page);
}
