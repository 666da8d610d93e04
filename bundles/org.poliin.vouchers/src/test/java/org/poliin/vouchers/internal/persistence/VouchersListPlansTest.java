package org.poliin.vouchers.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.testing.QueryPlan;
import org.poliin.testing.QueryPlans;
import org.poliin.testing.TestDatabase;
import org.poliin.vouchers.internal.ApplicationDTO;

/**
 * The module's lists over tables of realistic size: every page (the first, one after a cursor, one of a
 * filter) is read through an index in the list's order, with no table scan and no sort, and walking a
 * list by cursor returns every row once, in order (the ranking numbered on across pages).
 */
class VouchersListPlansTest {

    private static final int FUNDS = 1_000;
    private static final int CALLS = 2_000;
    private static final int PEOPLE = 3_000;
    private static final int APPLICATIONS = 2 * PEOPLE;
    private static final int VOUCHERS = 3_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final List<String> STATUSES = ApplicationStore.STATUSES;

    private static TestDatabase database;
    private static JpaTemplate jpa;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create().migrate("db/core-changelog.xml").migrate("db/vouchers-changelog.xml");
        jpa = database.jpa("poliin-vouchers");
        var data = database.dataSource();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        QueryPlans.fill(data, "INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, "
                + "VERSION) VALUES (?, 'Ana', 'Pop', 'ana pop', ?, ?, 1)", PEOPLE, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setTimestamp(2, now);
                    row.setTimestamp(3, now);
                });
        QueryPlans.fill(data, "INSERT INTO VOUCHERS_FUND (ID, NAME, PERIOD_FROM, PERIOD_TO, BUDGET, VOUCHER_AMOUNT, "
                + "VOUCHER_EXPIRES_ON, CATEGORIES) VALUES (?, ?, ?, '2030-12-31', 1000.00, 150.00, '2030-12-31', 'THEATRE')",
                FUNDS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, "Fond " + i);
                    row.setDate(3, Date.valueOf(fundStart(i)));
                });
        QueryPlans.fill(data, "INSERT INTO VOUCHERS_CALL (ID, FUND_ID, TITLE, OPENS_ON, CLOSES_ON) "
                + "VALUES (?, ?, 'Apel', ?, '2030-12-31')", CALLS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, callFund(i));
                    row.setDate(3, Date.valueOf(callOpens(i)));
                });
        QueryPlans.fill(data, "INSERT INTO VOUCHERS_APPLICATION (ID, CALL_ID, PERSON_ID, PREFERRED_CATEGORY, STATUS, "
                + "ELIGIBLE, SCORE, SUBMITTED_ON) VALUES (?, ?, ?, 'THEATRE', ?, ?, ?, ?)", APPLICATIONS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, 1 + i / PEOPLE);
                    row.setLong(3, 1 + i % PEOPLE);
                    row.setString(4, status(i));
                    row.setString(5, eligible(i) ? "Y" : "N");
                    row.setInt(6, score(i));
                    row.setDate(7, Date.valueOf(submitted(i)));
                });
        QueryPlans.fill(data, "INSERT INTO VOUCHERS_VOUCHER (ID, FUND_ID, APPLICATION_ID, PERSON_ID, CODE, FACE_VALUE, "
                + "CATEGORY, ISSUED_ON, EXPIRES_ON, STATUS) VALUES (?, ?, ?, ?, ?, ?, 'THEATRE', '2024-01-01', '2030-12-31', "
                + "'ISSUED')", VOUCHERS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, 1 + i % 10);
                    row.setLong(3, i + 1);
                    row.setLong(4, 1 + i % PEOPLE);
                    row.setString(5, "CODE" + i);
                    row.setBigDecimal(6, new BigDecimal("150.00"));
                });
        QueryPlans.updateStatistics(data);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static LocalDate fundStart(int i) {
        return FIRST_DAY.plusDays((i * 7L) % 200);
    }

    private static long callFund(int i) {
        return 1 + i % FUNDS;
    }

    private static LocalDate callOpens(int i) {
        return FIRST_DAY.plusDays((i * 11L) % 300);
    }

    private static String status(int i) {
        return STATUSES.get(i % STATUSES.size());
    }

    private static boolean eligible(int i) {
        return i % 5 != 0;
    }

    private static int score(int i) {
        return (i * 7) % 50;
    }

    private static LocalDate submitted(int i) {
        return FIRST_DAY.plusDays(i % 30);
    }

    private static PageRequest after(Page<?> page) {
        assertThat(page.next).isNotNull();
        return new PageRequest(0, page.size, page.next, false);
    }

    private static void indexed(QueryPlan plan, String table) {
        plan.assertNoTableScan(table).assertNoSort().assertRowsVisitedAtMost(table, 200);
    }

    @Test
    void fundAndCallPagesAreReadThroughAnIndexInTheirOrder() {
        FundStore funds = new FundStore(jpa, null, null);
        Page<?> firstFunds = funds.funds(new PageRequest(0, 20));
        Page<?> firstCalls = funds.calls(null, new PageRequest(0, 20));
        indexed(QueryPlans.explain(jpa, em -> FundStore.fundsQuery(em, new PageRequest(0, 20))), "VOUCHERS_FUND");
        indexed(QueryPlans.explain(jpa, em -> FundStore.fundsQuery(em, after(firstFunds))), "VOUCHERS_FUND");
        indexed(QueryPlans.explain(jpa, em -> FundStore.callsQuery(em, null, new PageRequest(0, 20))), "VOUCHERS_CALL");
        indexed(QueryPlans.explain(jpa, em -> FundStore.callsQuery(em, null, after(firstCalls))), "VOUCHERS_CALL");
        indexed(QueryPlans.explain(jpa, em -> FundStore.callsQuery(em, 3L, new PageRequest(0, 20))), "VOUCHERS_CALL");

        assertThat(walk(page -> funds.funds(page), 77, f -> ((org.poliin.vouchers.internal.FundDTO) f).id))
                .isEqualTo(IntStream.range(0, FUNDS).boxed()
                        .sorted(Comparator.comparing(VouchersListPlansTest::fundStart).thenComparing(i -> i).reversed())
                        .map(i -> (long) i + 1).toList());
        assertThat(walk(page -> funds.calls(null, page), PageRequest.MAX_SIZE,
                c -> ((org.poliin.vouchers.internal.CallDTO) c).id)).hasSize(CALLS).doesNotHaveDuplicates();
    }

    @Test
    void applicationAndVoucherPagesAreReadThroughAnIndex() {
        ApplicationStore applications = new ApplicationStore(jpa, null, null);
        VoucherStore vouchers = new VoucherStore(jpa, null, null);
        Page<ApplicationDTO> first = applications.search(null, null, new PageRequest(0, 20));
        for (Long call : new Long[] { null, 2L }) {
            for (String status : new String[] { null, ApplicationStore.APPROVED }) {
                indexed(QueryPlans.explain(jpa, em -> ApplicationStore.searchQuery(em, call, status,
                        new PageRequest(0, 20))), "VOUCHERS_APPLICATION");
                indexed(QueryPlans.explain(jpa, em -> ApplicationStore.searchQuery(em, call, status, after(first))),
                        "VOUCHERS_APPLICATION");
            }
        }
        Page<?> firstVouchers = vouchers.search(null, new PageRequest(0, 20));
        indexed(QueryPlans.explain(jpa, em -> VoucherStore.searchQuery(em, null, after(firstVouchers))),
                "VOUCHERS_VOUCHER");
        indexed(QueryPlans.explain(jpa, em -> VoucherStore.searchQuery(em, 4L, new PageRequest(0, 20))),
                "VOUCHERS_VOUCHER");

        assertThat(walk(page -> applications.search(2L, ApplicationStore.APPROVED, page), 41, a -> ((ApplicationDTO) a).id))
                .isEqualTo(IntStream.range(PEOPLE, APPLICATIONS).filter(i -> status(i).equals(ApplicationStore.APPROVED))
                        .mapToObj(i -> (long) i + 1).toList());
        assertThat(walk(page -> vouchers.search(4L, page), 33, v -> ((org.poliin.vouchers.internal.VoucherDTO) v).id))
                .hasSize(VOUCHERS / 10).isSorted();
    }

    @Test
    void theRankingIsReadThroughItsIndexAndNumberedOnAcrossPages() {
        ApplicationStore applications = new ApplicationStore(jpa, null, null);
        Page<ApplicationDTO> first = applications.ranking(1L, new PageRequest(0, 20));
        indexed(QueryPlans.explain(jpa, em -> ApplicationStore.rankingQuery(em, 1L, new PageRequest(0, 20))),
                "VOUCHERS_APPLICATION");
        indexed(QueryPlans.explain(jpa, em -> ApplicationStore.rankingQuery(em, 1L, after(first))),
                "VOUCHERS_APPLICATION");

        List<ApplicationDTO> ranked = new ArrayList<>();
        PageRequest page = new PageRequest(0, 97);
        while (true) {
            Page<ApplicationDTO> found = applications.ranking(1L, page);
            ranked.addAll(found.items);
            if (!found.hasMore) {
                break;
            }
            page = after(found);
        }
        List<Long> expected = IntStream.range(0, PEOPLE)
                .filter(i -> eligible(i) && !status(i).equals(ApplicationStore.REJECTED)).boxed()
                .sorted(Comparator.comparing((Integer i) -> -score(i)).thenComparing(VouchersListPlansTest::submitted)
                        .thenComparing(i -> i))
                .map(i -> (long) i + 1).toList();
        assertThat(ranked).extracting(a -> a.id).isEqualTo(expected);
        assertThat(ranked).extracting(a -> a.rank).isEqualTo(IntStream.rangeClosed(1, expected.size()).boxed().toList());
        assertThat(applications.ranking(1L, new PageRequest(2, 10)).items.get(0).rank).isEqualTo(21);
        assertThat(applications.ranking(1L, new PageRequest(0, 10, null, true)).total).isEqualTo(expected.size());
    }

    /** The ids of every item of a list, read page by page with the cursor of each page. */
    private static List<Long> walk(Function<PageRequest, Page<?>> list, int size, Function<Object, Long> idOf) {
        List<Long> ids = new ArrayList<>();
        PageRequest page = new PageRequest(0, size);
        while (true) {
            Page<?> found = list.apply(page);
            found.items.forEach(item -> ids.add(idOf.apply(item)));
            if (!found.hasMore) {
                assertThat(found.next).isNull();
                return ids;
            }
            page = after(found);
        }
    }
}
