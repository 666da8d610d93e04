package org.poliin.core.internal.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.poliin.core.internal.CoreFixture;
import org.poliin.core.internal.organisation.LocalityEntity;
import org.poliin.testing.QueryPlan;
import org.poliin.testing.QueryPlans;

/** QueryPlans over the core's persistence unit: the plan of the SQL EclipseLink generates for a JPQL page. */
class QueryPlansSmokeTest {

    @Test
    void showsThePlanOfTheSqlEclipseLinkGenerates() {
        try (CoreFixture core = new CoreFixture()) {
            QueryPlans.fill(core.database.dataSource(),
                    "INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE, SEARCH_TEXT) "
                            + "VALUES (?, ?, ?, 'Cluj', 'cluj', 100, 'RURAL', ?)",
                    3_000, (row, i) -> {
                        row.setLong(1, i + 1);
                        row.setString(2, "C" + i);
                        row.setString(3, "N" + (i % 100));
                        row.setString(4, "n" + (i % 100));
                    });
            QueryPlans.updateStatistics(core.database.dataSource());

            QueryPlan unindexed = QueryPlans.explain(core.jpa, em -> em
                    .createQuery("SELECT l FROM LocalityEntity l ORDER BY l.searchText, l.id", LocalityEntity.class)
                    .setMaxResults(21));
            assertThat(unindexed.rows()).isEqualTo(21);
            assertThat(unindexed.sql()).contains("FROM CORE_LOCALITY").contains("FETCH NEXT ? ROWS ONLY");
            assertThat(unindexed.sorts()).isTrue();
            assertThatThrownBy(() -> unindexed.assertNoTableScan("CORE_LOCALITY")).isInstanceOf(AssertionError.class);

            QueryPlan byId = QueryPlans.explain(core.jpa, em -> em
                    .createQuery("SELECT l FROM LocalityEntity l WHERE l.id > :id ORDER BY l.id", LocalityEntity.class)
                    .setParameter("id", 100L).setMaxResults(21));
            assertThat(byId.rows()).isEqualTo(21);
            byId.assertNoTableScan("CORE_LOCALITY").assertNoSort().assertUsesIndex("CORE_LOCALITY", "PK_CORE_LOCALITY")
                    .assertRowsVisitedAtMost("CORE_LOCALITY", 50);
        }
    }
}
