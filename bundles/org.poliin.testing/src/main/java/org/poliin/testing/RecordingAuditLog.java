package org.poliin.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/** An audit log that keeps what it is told in memory, for assertions. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    @Override
    public Page<AuditEntryDTO> search(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("read the records() instead");
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public List<String> actions() {
        return records.stream().map(AuditRecord::action).toList();
    }
}
