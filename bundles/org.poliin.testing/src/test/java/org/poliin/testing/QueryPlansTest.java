package org.poliin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryPlansTest {

    private TestDatabase db;

    @BeforeEach
    void fiveThousandRows() throws SQLException {
        db = TestDatabase.create();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ITEM (ID BIGINT PRIMARY KEY, KIND VARCHAR(10) NOT NULL, NAME VARCHAR(40) NOT NULL)");
            statement.execute("CREATE INDEX IX_ITEM_NAME ON ITEM (NAME, ID)");
        }
        QueryPlans.fill(db.dataSource(), "INSERT INTO ITEM (ID, KIND, NAME) VALUES (?, ?, ?)", 5_000, (row, i) -> {
            row.setLong(1, i);
            row.setString(2, "k" + (i % 7));
            row.setString(3, "name " + (i * 7919 % 5_000));
        });
        QueryPlans.updateStatistics(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anOrderServedByAnIndexStopsEarly() {
        QueryPlan plan = QueryPlans.explain(db.dataSource(),
                "SELECT ID, NAME FROM ITEM WHERE NAME > ? ORDER BY NAME, ID FETCH FIRST 21 ROWS ONLY", "name 2");

        assertThat(plan.rows()).isEqualTo(21);
        assertThat(plan.sorts()).isFalse();
        assertThat(plan.scans()).anySatisfy(scan -> assertThat(scan.index()).isEqualTo("IX_ITEM_NAME"));
        plan.assertNoTableScan("ITEM").assertNoSort().assertUsesIndex("ITEM", "IX_ITEM_NAME")
                .assertRowsVisitedAtMost("ITEM", 50);
    }

    @Test
    void anOrderWithoutAnIndexScansAndSorts() {
        QueryPlan plan = QueryPlans.explain(db.dataSource(),
                "SELECT ID, KIND FROM ITEM ORDER BY KIND, ID FETCH FIRST 21 ROWS ONLY");

        assertThat(plan.rows()).isEqualTo(21);
        assertThat(plan.sorts()).isTrue();
        assertThat(plan.rowsVisited("ITEM")).isEqualTo(5_000);
        assertThatThrownBy(() -> plan.assertNoTableScan("ITEM")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("table scan of ITEM").hasMessageContaining("ORDER BY KIND");
        assertThatThrownBy(plan::assertNoSort).isInstanceOf(AssertionError.class).hasMessageContaining("a sort");
        assertThatThrownBy(() -> plan.assertRowsVisitedAtMost("ITEM", 50)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("5000 rows visited in ITEM");
    }
}
