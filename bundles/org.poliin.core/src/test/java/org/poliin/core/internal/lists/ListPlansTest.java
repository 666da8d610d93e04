package org.poliin.core.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventStatus;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.api.organisation.LocalityQuery;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.api.people.PersonQuery;
import org.poliin.core.internal.CoreFixture;
import org.poliin.core.internal.audit.JpaAuditLog;
import org.poliin.core.internal.event.JpaEventService;
import org.poliin.core.internal.mail.OutboxMailService;
import org.poliin.core.internal.mail.OutboxStatus;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Listing;
import org.poliin.core.internal.jpa.TermSearch;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.Where;
import org.poliin.core.internal.organisation.JpaLocalityService;
import org.poliin.core.internal.organisation.JpaOrganisationService;
import org.poliin.core.internal.people.JpaPersonService;
import org.poliin.testing.QueryPlan;
import org.poliin.testing.QueryPlans;

/**
 * Every list of the core, with each filter the REST resources allow, is read from an index in its
 * order: no table scan, no sort, and a page visits about the rows it returns, on the first page, on a
 * page read by key and on a numbered page. The tables hold a few thousand rows with realistic
 * statistics, so that Derby's optimizer makes the choice it makes in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPlansTest {

    private static final PageRequest FIRST = new PageRequest(0, 20);
    private static final int LOCALITIES = 5_000;
    private static final int ORGANISATIONS = 3_000;
    private static final int PEOPLE = 5_000;
    private static final int EVENTS = 3_000;
    private static final int PARTICIPANTS_PER_EVENT = 200;
    private static final int AUDIT = 10_000;
    private static final int OUTBOX = 3_000;

    private CoreFixture core;
    private JpaEventService events;
    private OutboxMailService outbox;

    @BeforeAll
    void fill() {
        core = new CoreFixture();
        events = core.events(mock(ModuleRegistry.class));
        outbox = new OutboxMailService(core.jpa, null, core.audit, core.validator);
        var db = core.database.dataSource();
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        QueryPlans.fill(db, "INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE, "
                + "SEARCH_TEXT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", LOCALITIES, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "L" + i);
                    row.setString(3, "Loc " + (i % 500));
                    row.setString(4, "County " + (i % 42));
                    row.setString(5, "county " + (i % 42));
                    row.setInt(6, i * 37 % 20_000);
                    row.setString(7, i % 3 == 0 ? "URBAN" : "RURAL");
                    row.setString(8, "loc " + (i % 500));
                });
        QueryPlans.fill(db, "INSERT INTO CORE_ORGANISATION (ID, CODE, NAME, ORGANISATION_TYPE, LOCALITY_ID, SEARCH_TEXT) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ORGANISATIONS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "O" + i);
                    row.setString(3, "Org " + (i % 300));
                    row.setString(4, OrganisationType.values()[i % OrganisationType.values().length].name());
                    row.setLong(5, 1 + i % LOCALITIES);
                    row.setString(6, "org " + (i % 300));
                });
        QueryPlans.fill(db, "INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, LOCALITY_ID, EXTERNAL_ID, SEARCH_TEXT, "
                + "SORT_NAME, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", PEOPLE, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "Ion");
                    row.setString(3, "Fam" + (i % 700));
                    row.setLong(4, 1 + i % LOCALITIES);
                    row.setString(5, "X" + i);
                    row.setString(6, "ion fam" + (i % 700));
                    row.setString(7, "fam" + (i % 700) + " ion");
                    row.setTimestamp(8, Timestamp.from(base));
                    row.setTimestamp(9, Timestamp.from(base));
                });
        QueryPlans.fill(db, "INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, ORGANISATION_ID, STATUS, "
                + "SEARCH_TEXT, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", EVENTS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "type" + (i % 10));
                    row.setString(3, "m" + (i % 4));
                    row.setString(4, "Event " + i);
                    row.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 10, 0).plusDays(i % 400)));
                    row.setLong(6, 1 + i % ORGANISATIONS);
                    row.setString(7, EventStatus.values()[i % 3].name());
                    row.setString(8, "event " + i);
                    row.setTimestamp(9, Timestamp.from(base));
                    row.setTimestamp(10, Timestamp.from(base));
                });
        QueryPlans.fill(db, "INSERT INTO CORE_EVENT_PARTICIPANT (ID, EVENT_ID, PERSON_ID, PARTICIPANT_ROLE, ATTENDANCE) "
                + "VALUES (?, ?, ?, 'participant', 'PRESENT')", 100 * PARTICIPANTS_PER_EVENT, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, 1 + i / PARTICIPANTS_PER_EVENT);
                    row.setLong(3, 1 + (i * 13L) % PEOPLE);
                });
        QueryPlans.fill(db, "INSERT INTO CORE_AUDIT_ENTRY (ID, OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, MODULE_ID) "
                + "VALUES (?, ?, ?, ?, 'person', ?, ?)", AUDIT, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setTimestamp(2, Timestamp.from(base.plusSeconds(i / 3)));
                    row.setString(3, "user" + (i % 20));
                    row.setString(4, "mod" + (i % 5) + ".act" + (i % 7));
                    row.setString(5, String.valueOf(i % 100));
                    row.setString(6, "mod" + (i % 5));
                });
        QueryPlans.fill(db, "INSERT INTO CORE_MAIL_OUTBOX (ID, MODULE_ID, RECIPIENT, SUBJECT, BODY, STATUS, NEXT_ATTEMPT_AT, "
                + "CREATED_AT) VALUES (?, 'core', 'a@b.ro', 's', 'b', ?, ?, ?)", OUTBOX, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, OutboxStatus.values()[i % 3].name());
                    row.setTimestamp(3, Timestamp.from(base));
                    row.setTimestamp(4, Timestamp.from(base.plusSeconds(i / 2)));
                });
        // the search terms of the rows written here, as the change set core-4-search-terms writes them
        try (var connection = db.getConnection()) {
            SearchTerms.backfill(connection, "CORE_PERSON", SearchTerms.PERSON);
            SearchTerms.backfill(connection, "CORE_LOCALITY", SearchTerms.LOCALITY);
            SearchTerms.backfill(connection, "CORE_ORGANISATION", SearchTerms.ORGANISATION);
            SearchTerms.backfill(connection, "CORE_EVENT", SearchTerms.EVENT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        QueryPlans.updateStatistics(db);
    }

    @AfterAll
    void close() {
        core.close();
    }

    /**
     * The plans of the ids of the first page, of the page after it by key and of the third numbered
     * page: no table scan, no sort, and about as many rows visited as the page holds ({@code slack}:
     * rows of equal sort values passed over, or rows a filter outside the index order rejects).
     */
    private <T> void served(String table, long slack, Where where, String alias, String from, Keyset<T> key,
            Function<PageRequest, Page<?>> list) {
        served(table, 1, slack, where, alias, from, key, list);
    }

    /**
     * Like the above for a list with a filter the index order does not serve: it is checked on the
     * index entries read in order, about {@code perItem} of them for each item kept.
     */
    private <T> void served(String table, int perItem, long slack, Where where, String alias, String from,
            Keyset<T> key, Function<PageRequest, Page<?>> list) {
        Page<?> first = list.apply(FIRST);
        assertThat(first.items).hasSize(20);
        assertThat(first.next).isNotNull();
        for (PageRequest request : new PageRequest[] {FIRST, new PageRequest(0, 20, first.next, false),
                new PageRequest(2, 20)}) {
            QueryPlan plan = QueryPlans.explain(core.jpa, em -> where.pageQuery(em, alias, from, key, request));
            assertThat(plan.rows()).isEqualTo(21);
            assertThat(plan.sql()).contains("FROM " + table);
            // a numbered page reads the rows it skips; Derby reads an index 16 entries at a time, a batch ahead
            plan.assertNoTableScan(table).assertNoSort()
                    .assertRowsVisitedAtMost(table, perItem * (21L + request.offset()) + slack + 32);
        }
    }

    /**
     * The plans of a text search: the terms of the first page and of the page after it by key, read
     * from the index of the search terms in order (no table scan, no sort, no more entries than asked
     * for), and the records of a page by primary key with the list's filters ({@code perItem}: terms read
     * per record kept, when a filter rejects some).
     */
    @SuppressWarnings("unchecked")
    private <T> void searched(String table, int perItem, Listing<T> listing, Function<PageRequest, Page<?>> list) {
        TermSearch<T> search = (TermSearch<T>) listing;
        Page<?> first = list.apply(FIRST);
        assertThat(first.items).hasSize(20);
        assertThat(first.next).isNotNull();
        Page<?> second = list.apply(new PageRequest(0, 20, first.next, false));
        assertThat((List<Object>) second.items).isNotEmpty().doesNotContainAnyElementsOf((List<Object>) first.items);
        for (List<Object> after : java.util.Arrays.asList(null, List.<Object>of("m", 10L))) {
            QueryPlan terms = QueryPlans.explain(core.jpa, em -> search.termQuery(em, after, 21 * perItem));
            assertThat(terms.sql()).contains("FROM CORE_SEARCH_TERM").doesNotContain(table);
            terms.assertNoTableScan().assertNoSort().assertUsesIndex("CORE_SEARCH_TERM", "PK_CORE_SEARCH_TERM")
                    .assertRowsVisitedAtMost("CORE_SEARCH_TERM", 21L * perItem + 32);
        }
        List<Long> ids = LongStream.rangeClosed(1, 21L * perItem).boxed().toList();
        QueryPlan rows = QueryPlans.explain(core.jpa, em -> search.rowQuery(em, ids));
        // a probe of the primary key by id reads the id's entry and the one after it
        assertThat(rows.sql()).contains("FROM " + table).doesNotContain("CORE_SEARCH_TERM");
        rows.assertNoTableScan(table).assertNoSort().assertRowsVisitedAtMost(table, 2 * 21L * perItem);
    }

    @Test
    void searches() {
        // every person has the word "ion": the scan stops after the page
        for (PersonQuery query : new PersonQuery[] {PersonQuery.text("Ion"), PersonQuery.text("fam1"),
                PersonQuery.text("ION fam12"), new PersonQuery("fam2", null, null, true)}) {
            searched("CORE_PERSON", 1, JpaPersonService.listing(query), page -> core.people.search(query, page));
        }
        for (LocalityQuery query : new LocalityQuery[] {new LocalityQuery("loc", null, null, null),
                new LocalityQuery("12", null, null, null), new LocalityQuery("loc", null, LocalityType.RURAL, null)}) {
            // a type filter keeps 2 localities in 3
            searched("CORE_LOCALITY", 2, JpaLocalityService.listing(query), page -> core.localities.search(query, page));
        }
        for (OrganisationQuery query : new OrganisationQuery[] {new OrganisationQuery("org", null, null, null, null),
                new OrganisationQuery("1", null, null, null, null)}) {
            searched("CORE_ORGANISATION", 1, JpaOrganisationService.listing(query),
                    page -> core.organisations.search(query, page));
        }
        // the filters on the locality read the localities of the organisations met, by primary key
        TermSearch<?> inCounty = (TermSearch<?>) JpaOrganisationService.listing(
                new OrganisationQuery("org", null, "County 7", LocalityType.URBAN, 10_000));
        QueryPlans.explain(core.jpa, em -> inCounty.rowQuery(em, LongStream.rangeClosed(1, 100).boxed().toList()))
                .assertNoTableScan().assertNoSort().assertRowsVisitedAtMost("CORE_LOCALITY", 2 * 100)
                .assertRowsVisitedAtMost("CORE_ORGANISATION", 2 * 100);
        for (EventQuery query : new EventQuery[] {new EventQuery(null, Set.of(), Set.of(), null, null, null, "event"),
                new EventQuery(null, Set.of(), Set.of(), null, null, null, "2"),
                new EventQuery("m1", Set.of(), Set.of(), null, null, null, "event")}) {
            // a module filter keeps 1 event in 4
            searched("CORE_EVENT", query.moduleId() == null ? 1 : 4, JpaEventService.listing(query),
                    page -> events.search(query, page));
        }
    }

    @Test
    void localities() {
        // The key has three columns (county, name, id): a page read by key starts the index scan at the
        // cursor's county and passes over the rows of that county before the cursor (here 20; at most
        // the size of a county).
        for (LocalityQuery query : new LocalityQuery[] {new LocalityQuery(null, null, null, null),
                new LocalityQuery(null, "County 7", null, null), new LocalityQuery(null, null, LocalityType.URBAN, null),
                new LocalityQuery(null, "county 7", LocalityType.RURAL, null)}) {
            served("CORE_LOCALITY", 25, JpaLocalityService.where(query), "l", "LocalityEntity l",
                    JpaLocalityService.ORDER, page -> core.localities.search(query, page));
        }
        // a population bound is checked on the index entries read in order: it passes over those it rejects
        LocalityQuery small = new LocalityQuery(null, null, null, 5_000);
        // (a page read by key also passes over the cursor's county before the cursor: 20 items, 80 entries)
        served("CORE_LOCALITY", 4, 100, JpaLocalityService.where(small), "l", "LocalityEntity l", JpaLocalityService.ORDER,
                page -> core.localities.search(small, page));
    }

    @Test
    void organisations() {
        for (OrganisationQuery query : new OrganisationQuery[] {new OrganisationQuery(null, null, null, null, null),
                new OrganisationQuery(null, OrganisationType.NGO, null, null, null)}) {
            // organisations of equal names (10 each here) before the cursor are passed over
            served("CORE_ORGANISATION", 10, JpaOrganisationService.where(query), "o", "OrganisationEntity o",
                    JpaOrganisationService.ORDER, page -> core.organisations.search(query, page));
        }
        // Not served: the filters on the locality (county, localityType, maxPopulation) join the
        // locality table, and Derby sorts the organisations that match (docs/api.md, "Paging").
    }

    @Test
    void people() {
        for (PersonQuery query : new PersonQuery[] {new PersonQuery(null, null, null, false),
                new PersonQuery(null, null, null, true)}) {
            // people of equal names (7 each here) before the cursor are passed over
            served("CORE_PERSON", 7, JpaPersonService.where(query), "p", "PersonEntity p", JpaPersonService.ORDER,
                    page -> core.people.search(query, page));
        }
        QueryPlan byLocality = QueryPlans.explain(core.jpa, em -> JpaPersonService
                .where(new PersonQuery(null, 7L, null, false)).pageQuery(em, "p", "PersonEntity p", JpaPersonService.ORDER, FIRST));
        assertThat(byLocality.rows()).isEqualTo(1);
        byLocality.assertNoTableScan("CORE_PERSON").assertNoSort().assertRowsVisitedAtMost("CORE_PERSON", 2);
        QueryPlan byExternalId = QueryPlans.explain(core.jpa, em -> JpaPersonService
                .where(new PersonQuery(null, null, "X77", false)).pageQuery(em, "p", "PersonEntity p", JpaPersonService.ORDER, FIRST));
        assertThat(byExternalId.rows()).isEqualTo(1);
        byExternalId.assertNoTableScan("CORE_PERSON").assertRowsVisitedAtMost("CORE_PERSON", 2);
    }

    @Test
    void events() {
        for (EventQuery query : new EventQuery[] {new EventQuery(null, Set.of(), Set.of(), null, null, null, null),
                new EventQuery("m1", Set.of(), Set.of(), null, null, null, null),
                new EventQuery(null, Set.of("type3"), Set.of(), null, null, null, null),
                new EventQuery(null, Set.of(), Set.of(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30), null, null),
                new EventQuery("m2", Set.of(), Set.of(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30), null, null),
                new EventQuery(null, Set.of(), Set.of(), LocalDate.of(2024, 3, 1), null, null, null)}) {
            // events of the same day (7 or 8 here) before the cursor are passed over
            served("CORE_EVENT", 8, JpaEventService.where(query), "e", "EventEntity e", JpaEventService.ORDER,
                    page -> events.search(query, page));
        }
        // a status is checked on the index entries read in order (here 1 event in 3 is DONE)
        EventQuery done = new EventQuery(null, Set.of(), Set.of(EventStatus.DONE), null, null, null, null);
        served("CORE_EVENT", 3, 8, JpaEventService.where(done), "e", "EventEntity e", JpaEventService.ORDER,
                page -> events.search(done, page));
        EventQuery moduleDone = new EventQuery("m1", Set.of(), Set.of(EventStatus.DONE, EventStatus.PLANNED), null,
                null, null, null);
        served("CORE_EVENT", 2, 8, JpaEventService.where(moduleDone), "e", "EventEntity e", JpaEventService.ORDER,
                page -> events.search(moduleDone, page));
        QueryPlan byOrganisation = QueryPlans.explain(core.jpa, em -> JpaEventService
                .where(new EventQuery(null, Set.of(), Set.of(), null, null, 5L, null))
                .pageQuery(em, "e", "EventEntity e", JpaEventService.ORDER, FIRST));
        assertThat(byOrganisation.rows()).isEqualTo(1);
        byOrganisation.assertNoTableScan("CORE_EVENT").assertNoSort().assertRowsVisitedAtMost("CORE_EVENT", 2);
    }

    @Test
    void participantsOfAnEvent() {
        served("CORE_EVENT_PARTICIPANT", 0, new Where().and("p.eventId = :eventId", "eventId", 7L), "p",
                "ParticipantEntity p", JpaEventService.PARTICIPANT_ORDER, page -> events.participants(7, page));
    }

    @Test
    void auditLog() {
        for (AuditQuery query : new AuditQuery[] {new AuditQuery(null, null, null, null, null, null, null),
                new AuditQuery("user3", null, null, null, null, null, null),
                new AuditQuery(null, "mod1.act3", null, null, null, null, null),
                new AuditQuery(null, null, null, null, "mod2", null, null),
                new AuditQuery(null, null, null, null, null, Instant.parse("2025-01-01T00:10:00Z"),
                        Instant.parse("2025-01-01T00:40:00Z")),
                new AuditQuery("user3", null, null, null, null, Instant.parse("2025-01-01T00:10:00Z"),
                        Instant.parse("2025-01-01T00:40:00Z")),
                new AuditQuery(null, null, "person", "17", null, null, null)}) {
            // entries of the same second (3 here) before the cursor are passed over
            served("CORE_AUDIT_ENTRY", 3, JpaAuditLog.where(query), "a", "AuditEntryEntity a", JpaAuditLog.ORDER,
                    page -> core.auditLog.search(query, page));
        }
        // an action prefix ("mod1.") is checked on the index entries read in order
        AuditQuery prefix = new AuditQuery(null, "mod1.", null, null, null, null, null);
        served("CORE_AUDIT_ENTRY", 5, 3, JpaAuditLog.where(prefix), "a", "AuditEntryEntity a", JpaAuditLog.ORDER,
                page -> core.auditLog.search(prefix, page));
    }

    @Test
    void mailOutbox() {
        for (OutboxStatus status : new OutboxStatus[] {null, OutboxStatus.QUEUED}) {
            // messages of the same second (2 here) before the cursor are passed over
            served("CORE_MAIL_OUTBOX", 2, OutboxMailService.where(status), "m", "OutboxEntity m", OutboxMailService.ORDER,
                    page -> outbox.outbox(status, page));
        }
    }

    /** Reads every page of a list by key and checks each row came once, in the list's order. */
    private <T> List<T> walk(Function<PageRequest, Page<T>> list, int size) {
        List<T> all = new ArrayList<>();
        String after = null;
        do {
            Page<T> page = list.apply(new PageRequest(0, size, after, false));
            assertThat(page.total).isEqualTo(Page.NOT_COUNTED);
            assertThat(page.items.size()).isLessThanOrEqualTo(size);
            assertThat(page.hasMore).isEqualTo(page.next != null);
            all.addAll(page.items);
            after = page.next;
        } while (after != null);
        return all;
    }

    @Test
    void walkingByKeyReadsEveryRowOnceInOrderAcrossEqualSortValues() {
        List<LocalityDTO> localities = walk(page -> core.localities.search(LocalityQuery.all(), page), 500);
        assertThat(localities).hasSize(LOCALITIES);
        assertThat(localities).extracting(l -> l.id).doesNotHaveDuplicates();
        assertThat(localities).isSortedAccordingTo(Comparator.<LocalityDTO, String>comparing(l -> l.county.toLowerCase())
                .thenComparing(l -> l.name).thenComparingLong(l -> l.id));

        List<AuditEntryDTO> audit = walk(page -> core.auditLog.search(
                new AuditQuery("user3", null, null, null, null, null, null), page), 37);
        assertThat(audit).hasSize(AUDIT / 20);
        assertThat(audit).extracting(a -> a.id).doesNotHaveDuplicates();
        assertThat(audit).isSortedAccordingTo(Comparator.<AuditEntryDTO, Instant>comparing(a -> a.at)
                .thenComparingLong(a -> a.id).reversed());

        List<ParticipantDTO> participants = walk(page -> events.participants(7, page), 30);
        assertThat(participants).hasSize(PARTICIPANTS_PER_EVENT);
        assertThat(participants).extracting(p -> p.personId).doesNotHaveDuplicates();

        List<PersonDTO> people = walk(page -> core.people.search(PersonQuery.all(), page), 300);
        assertThat(people).hasSize(PEOPLE);
        assertThat(people).extracting(p -> p.id).doesNotHaveDuplicates();
    }

    @Test
    void countsOnlyWhenAsked() {
        assertThat(core.localities.search(LocalityQuery.all(), new PageRequest(0, 20, null, true)).total)
                .isEqualTo(LOCALITIES);
        assertThat(core.localities.search(LocalityQuery.all(), FIRST).total).isEqualTo(Page.NOT_COUNTED);
        Page<AuditEntryDTO> first = core.auditLog.search(new AuditQuery("user3", null, null, null, null, null, null),
                new PageRequest(0, 20, null, true));
        assertThat(first.total).isEqualTo(AUDIT / 20);
        assertThat(core.auditLog.search(new AuditQuery("user3", null, null, null, null, null, null),
                new PageRequest(0, 20, first.next, true)).total).isEqualTo(AUDIT / 20);
    }

    @Test
    void aCursorOfAnotherListIsABadRequestNamingAfter() {
        String localityCursor = core.localities.search(LocalityQuery.all(), FIRST).next;
        assertThatThrownBy(() -> core.auditLog.search(AuditQuery.all(), new PageRequest(0, 20, localityCursor, false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field)
                        .containsExactly("after"));
        assertThatThrownBy(() -> core.people.search(PersonQuery.all(), new PageRequest(0, 20, "bm90IGEgY3Vyc29y", false)))
                .isInstanceOf(InvalidInputException.class);
    }
}
