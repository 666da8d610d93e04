package org.poliin.outreach.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.EventStatus;
import org.poliin.outreach.internal.VisitDTO;
import org.poliin.testing.QueryPlan;
import org.poliin.testing.QueryPlans;
import org.poliin.testing.TestDatabase;

/**
 * The module's lists over tables of realistic size: every page (the first, one after a cursor, one of a
 * filter) is read through an index in the list's order, with no table scan and no sort, and walking a
 * list by cursor returns every row once, in order.
 */
class OutreachListPlansTest {

    private static final int SCHOOLS = 200;
    private static final int VISITS = 6_000;
    private static final int CAMPAIGNS = 1_000;
    private static final int MATERIALS = 2_000;
    private static final int CONTACTS = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final EventStatus[] STATUSES = EventStatus.values();

    private static TestDatabase database;
    private static JpaTemplate jpa;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create().migrate("db/core-changelog.xml").migrate("db/outreach-changelog.xml");
        jpa = database.jpa("poliin-outreach");
        var data = database.dataSource();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        QueryPlans.fill(data, "INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE, "
                + "SEARCH_TEXT) VALUES (1, 'L1', 'Sat', 'Timiș', 'timiș', 900, 'RURAL', 'sat')", 1, (row, i) -> { });
        QueryPlans.fill(data, "INSERT INTO CORE_ORGANISATION (ID, CODE, NAME, ORGANISATION_TYPE, LOCALITY_ID, SEARCH_TEXT) "
                + "VALUES (?, ?, ?, 'HIGH_SCHOOL', 1, ?)", SCHOOLS, (row, i) -> {
                    row.setLong(1, school(i));
                    row.setString(2, "S" + i);
                    row.setString(3, "Liceul " + i);
                    row.setString(4, "liceul " + i);
                });
        QueryPlans.fill(data, "INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, "
                + "VERSION) VALUES (?, 'Ana', 'Pop', 'ana pop', ?, ?, 1)", CONTACTS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setTimestamp(2, now);
                    row.setTimestamp(3, now);
                });
        QueryPlans.fill(data, "INSERT INTO OUTREACH_CAMPAIGN (ID, NAME, STARTS_ON, ADMISSION_SESSION, VERSION) "
                + "VALUES (?, ?, ?, '2024', 0)", CAMPAIGNS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "Campania " + i);
                    row.setDate(3, Date.valueOf(campaignStart(i)));
                });
        QueryPlans.fill(data, "INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, STATUS, SEARCH_TEXT, "
                + "CREATED_AT, UPDATED_AT) VALUES (?, 'outreach.school-visit', 'outreach', 'Vizită', ?, ?, 'vizita', ?, ?)",
                VISITS, (row, i) -> {
                    row.setLong(1, visit(i));
                    row.setTimestamp(2, Timestamp.valueOf(visitDay(i).atTime(10, 0)));
                    row.setString(3, status(i).name());
                    row.setTimestamp(4, now);
                    row.setTimestamp(5, now);
                });
        QueryPlans.fill(data, "INSERT INTO OUTREACH_VISIT (EVENT_ID, CAMPAIGN_ID, SCHOOL_ID, VISIT_ON, VISIT_STATUS, "
                + "PUPILS_IX, PUPILS_X, PUPILS_XI, PUPILS_XII, TEACHERS_MET, STAND_USED, VERSION) "
                + "VALUES (?, ?, ?, ?, ?, 1, 1, 1, 1, 1, 0, 0)", VISITS, (row, i) -> {
                    row.setLong(1, visit(i));
                    row.setLong(2, visitCampaign(i));
                    row.setLong(3, school(i % SCHOOLS));
                    row.setDate(4, Date.valueOf(visitDay(i)));
                    row.setString(5, status(i).name());
                });
        QueryPlans.fill(data, "INSERT INTO OUTREACH_MATERIAL (ID, NAME, STOCK, VERSION) VALUES (?, ?, 10, 0)", MATERIALS,
                (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, String.format("Material %05d", (i * 7_919L) % MATERIALS));
                });
        QueryPlans.fill(data, "INSERT INTO OUTREACH_SCHOOL_CONTACT (ID, SCHOOL_ID, PERSON_ID, VERSION) VALUES (?, ?, ?, 0)",
                CONTACTS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, school(i % SCHOOLS));
                    row.setLong(3, i + 1);
                });
        QueryPlans.updateStatistics(data);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long school(int i) {
        return 1_000 + i;
    }

    private static long visit(int i) {
        return 100_000 + i;
    }

    private static long visitCampaign(int i) {
        return 1 + i % 40;
    }

    /** Many visits share a day, so the id decides the order within a day. */
    private static LocalDate visitDay(int i) {
        return FIRST_DAY.plusDays((i * 37L) % 700);
    }

    private static EventStatus status(int i) {
        return STATUSES[i % STATUSES.length];
    }

    private static LocalDate campaignStart(int i) {
        return FIRST_DAY.plusDays((i * 13L) % 300);
    }

    private static PageRequest after(Page<?> page) {
        assertThat(page.next).isNotNull();
        return new PageRequest(0, page.size, page.next, false);
    }

    private static void indexed(QueryPlan plan, String table) {
        plan.assertNoTableScan(table).assertNoSort().assertRowsVisitedAtMost(table, 200);
    }

    @Test
    void visitPagesAreReadThroughAnIndexInTheirOrder() {
        VisitStore store = new VisitStore(jpa, null);
        Page<VisitDTO> first = store.search(null, null, null, new PageRequest(0, 20));
        PageRequest deep = new PageRequest(0, 20,
                store.search(null, null, null, new PageRequest(100, 50)).next, false);
        Page<VisitDTO> ofCampaign = store.search(7L, null, null, new PageRequest(0, 20));

        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, null, null, null, new PageRequest(0, 20))),
                "OUTREACH_VISIT");
        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, null, null, null, deep)), "OUTREACH_VISIT");
        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, 7L, null, null, new PageRequest(0, 20))),
                "OUTREACH_VISIT");
        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, 7L, null, null, after(ofCampaign))),
                "OUTREACH_VISIT");
        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, null, school(3), null, after(first))),
                "OUTREACH_VISIT");
        indexed(QueryPlans.explain(jpa, em -> VisitStore.searchQuery(em, null, null, EventStatus.DONE, after(first))),
                "OUTREACH_VISIT");
    }

    @Test
    void walkingTheVisitsByCursorReturnsEveryRowOnceInOrder() {
        VisitStore store = new VisitStore(jpa, null);
        List<Integer> all = IntStream.range(0, VISITS).boxed()
                .sorted(Comparator.comparing(OutreachListPlansTest::visitDay).thenComparing(i -> i)).toList();
        assertThat(walk(page -> store.search(null, null, null, page), PageRequest.MAX_SIZE))
                .isEqualTo(all.stream().map(i -> visit(i)).toList());
        assertThat(walk(page -> store.search(7L, null, EventStatus.DONE, page), 37))
                .isEqualTo(all.stream().filter(i -> visitCampaign(i) == 7 && status(i) == EventStatus.DONE)
                        .map(i -> visit(i)).toList())
                .isNotEmpty();
        Page<VisitDTO> counted = store.search(7L, null, null, new PageRequest(0, 10, null, true));
        assertThat(counted.total).isEqualTo(VISITS / 40);
        assertThat(store.search(7L, null, null, new PageRequest(0, 10)).total).isEqualTo(Page.NOT_COUNTED);
    }

    @Test
    void campaignAndMaterialPagesAreReadThroughAnIndexAndWalkEveryRowOnce() {
        CampaignStore campaigns = new CampaignStore(jpa, null, null);
        MaterialStore materials = new MaterialStore(jpa, null, null);
        var firstCampaigns = campaigns.page(new PageRequest(0, 20));
        var firstMaterials = materials.page(new PageRequest(0, 20));
        indexed(QueryPlans.explain(jpa, em -> CampaignStore.pageQuery(em, new PageRequest(0, 20))), "OUTREACH_CAMPAIGN");
        indexed(QueryPlans.explain(jpa, em -> CampaignStore.pageQuery(em, after(firstCampaigns))), "OUTREACH_CAMPAIGN");
        indexed(QueryPlans.explain(jpa, em -> MaterialStore.pageQuery(em, new PageRequest(0, 20))), "OUTREACH_MATERIAL");
        indexed(QueryPlans.explain(jpa, em -> MaterialStore.pageQuery(em, after(firstMaterials))), "OUTREACH_MATERIAL");

        assertThat(walk(campaigns::page, 97)).isEqualTo(IntStream.range(0, CAMPAIGNS).boxed()
                .sorted(Comparator.comparing(OutreachListPlansTest::campaignStart).thenComparing(i -> i).reversed())
                .map(i -> (long) i + 1).toList());
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            var page = materials.page(new PageRequest(0, 333, after, false));
            page.items.forEach(m -> names.add(m.name));
            after = page.next;
        } while (after != null);
        assertThat(names).hasSize(MATERIALS).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aSchoolsContactsAreReadThroughItsIndex() {
        QueryPlan plan = QueryPlans.explain(jpa, em -> SchoolContactStore.ofSchoolQuery(em, school(5)));
        assertThat(plan.rows()).isEqualTo(CONTACTS / SCHOOLS);
        plan.assertNoTableScan("OUTREACH_SCHOOL_CONTACT").assertNoSort()
                .assertRowsVisitedAtMost("OUTREACH_SCHOOL_CONTACT", CONTACTS / SCHOOLS + 1);
    }

    /** The ids of every item of a list, read page by page with the cursor of each page. */
    private static List<Long> walk(java.util.function.Function<PageRequest, Page<?>> list, int size) {
        List<Long> ids = new ArrayList<>();
        PageRequest page = new PageRequest(0, size);
        while (true) {
            Page<?> found = list.apply(page);
            found.items.forEach(item -> ids.add(item instanceof VisitDTO v ? v.id
                    : ((org.poliin.outreach.internal.CampaignDTO) item).id));
            assertThat(found.items.size()).isLessThanOrEqualTo(size);
            if (!found.hasMore) {
                assertThat(found.next).isNull();
                return ids;
            }
            page = after(found);
        }
    }
}
