package org.poliin.core.internal.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.PageRequest;
import org.poliin.api.people.PersonQuery;
import org.poliin.core.internal.CoreFixture;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/** The custom change of {@code core-4-search-terms} writes the terms of the records that had none. */
class SearchTermBackfillTest {

    private final CoreFixture core = new CoreFixture();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void writesTheTermsOfExistingRecordsOnce() throws Exception {
        try (Connection connection = core.database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // the change set ran when the schema was made
            try (ResultSet ran = statement.executeQuery(
                    "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'core-4-search-terms'")) {
                ran.next();
                assertThat(ran.getInt(1)).isEqualTo(1);
            }
            var insert = connection.prepareStatement("INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT,"
                    + " SORT_NAME, CREATED_AT, UPDATED_AT) VALUES (900, 'Ștefania', 'Țăranu', ?, 'taranu stefania', ?, ?)");
            insert.setString(1, SearchText.of("Ștefania", "Țăranu"));
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            assertThat(core.people.search(PersonQuery.text("taranu"), PageRequest.of(0, 5)).items).isEmpty();

            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new SearchTermBackfill().execute(database);
            new SearchTermBackfill().execute(database);
            connection.setAutoCommit(true); // commits: Liquibase turned it off (it commits each change set itself)

            try (ResultSet terms = statement.executeQuery("SELECT COUNT(*) FROM CORE_SEARCH_TERM WHERE ENTITY_ID = 900")) {
                terms.next();
                assertThat(terms.getInt(1)).isEqualTo(2);
            }
        }
        assertThat(core.people.search(PersonQuery.text("stef tar"), PageRequest.of(0, 5)).items)
                .extracting(p -> p.id).containsExactly(900L);
    }
}
