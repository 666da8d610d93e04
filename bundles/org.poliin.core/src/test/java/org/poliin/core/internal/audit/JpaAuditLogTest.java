package org.poliin.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.PageRequest;
import org.poliin.testing.FixedCurrentUser;
import org.poliin.testing.TestDatabase;

class JpaAuditLogTest {

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void recordsWhoWhenWhatAndWhy() {
        FixedCurrentUser counsellor = FixedCurrentUser.as("elena", "counsellor").withReason("plan review");
        AuditLog log = JpaAuditLogs.create(database.jpa("poliin-core"), counsellor);
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);

        log.record(AuditRecord.of("counselling", "counselling.plan.read", "plan", 42));
        log.record(AuditRecord.of("core", "person.update", "person", 7).withDetail("phone"));

        AuditEntryDTO read = log.search(new AuditQuery(null, "counselling.", null, null, null, before, null),
                PageRequest.of(0, 10)).items.get(0);
        assertThat(read.actor).isEqualTo("elena");
        assertThat(read.reason).isEqualTo("plan review");
        assertThat(read.entityId).isEqualTo("42");
        assertThat(read.at).isAfter(before);
        assertThat(log.search(new AuditQuery("elena", "person.update", "person", "7", "core", null, null),
                PageRequest.of(0, 10)).items).extracting(e -> e.detail).containsExactly("phone");
        assertThat(log.search(AuditQuery.all(), PageRequest.of(0, 10)).items).extracting(e -> e.action)
                .containsExactly("person.update", "counselling.plan.read");
    }

    @Test
    void withoutARequestTheActorIsTheSystem() {
        AuditLog log = JpaAuditLogs.create(database.jpa("poliin-core"), FixedCurrentUser.nobody());
        log.record(AuditRecord.of("core", "demo.load", "module", "core"));
        assertThat(log.search(AuditQuery.all(), PageRequest.of(0, 1)).items.get(0).actor).isEqualTo("system");
    }
}
