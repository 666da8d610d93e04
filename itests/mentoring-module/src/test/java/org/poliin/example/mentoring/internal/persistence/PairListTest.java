package org.poliin.example.mentoring.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.example.mentoring.internal.PairDTO;
import org.poliin.testing.QueryPlans;
import org.poliin.testing.TestDatabase;

/**
 * How a module's list holds at any size (see docs/module-guide.md): a page is read through an index in
 * the list's order, never a table scan or a sort, and walking the list by cursor returns every row once.
 */
class PairListTest {

    private static final int PAIRS = 5_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/mentoring-changelog.xml");
    private final JpaTemplate jpa = database.jpa("poliin-mentoring");
    private final PairStore pairs = new PairStore(jpa, null, null, null, null);

    @AfterEach
    void close() {
        database.close();
    }

    /** Many pairs start on the same day, so the id decides their order then. */
    private static LocalDate startedOn(int i) {
        return FIRST_DAY.plusDays((i * 31L) % 200);
    }

    @Test
    void pagesAreReadThroughTheIndexAndTheCursorWalksEveryPairOnceInOrder() {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        QueryPlans.fill(database.dataSource(), "INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, "
                + "CREATED_AT, UPDATED_AT, VERSION) VALUES (?, 'Ana', 'Pop', 'ana pop', ?, ?, 1)", 2, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setTimestamp(2, now);
                    row.setTimestamp(3, now);
                });
        QueryPlans.fill(database.dataSource(), "INSERT INTO MENTORING_PAIR (ID, MENTOR_PERSON_ID, MENTEE_PERSON_ID, "
                + "STARTED_ON, VERSION) VALUES (?, 1, 2, ?, 0)", PAIRS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setDate(2, Date.valueOf(startedOn(i)));
                });
        QueryPlans.updateStatistics(database.dataSource());

        Page<PairDTO> first = pairs.page(new PageRequest(0, 20));
        assertThat(first.total).isEqualTo(Page.NOT_COUNTED);
        for (PageRequest page : List.of(new PageRequest(0, 20), new PageRequest(0, 20, first.next, false))) {
            QueryPlans.explain(jpa, em -> PairStore.pageQuery(em, page)).assertNoTableScan("MENTORING_PAIR")
                    .assertNoSort().assertRowsVisitedAtMost("MENTORING_PAIR", 50);
        }

        List<Long> ids = new ArrayList<>();
        PageRequest page = new PageRequest(0, 123);
        while (true) {
            Page<PairDTO> found = pairs.page(page);
            found.items.forEach(pair -> ids.add(pair.id));
            if (!found.hasMore) {
                break;
            }
            page = new PageRequest(0, 123, found.next, false);
        }
        assertThat(ids).isEqualTo(IntStream.range(0, PAIRS).boxed()
                .sorted(Comparator.comparing(PairListTest::startedOn).thenComparing(i -> i)).map(i -> (long) i + 1)
                .toList());
        assertThat(pairs.page(new PageRequest(0, 10, null, true)).total).isEqualTo(PAIRS);
    }
}
