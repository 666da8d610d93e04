package org.poliin.core.internal.jpa;

import java.sql.Connection;
import java.sql.SQLException;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * The Liquibase custom change of change set {@code core-4-search-terms}: writes the search terms of the
 * people, localities, organisations and events that exist when the table is created (SQL alone cannot
 * split the search text into words portably).
 */
public class SearchTermBackfill implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            SearchTerms.backfill(connection, "CORE_PERSON", SearchTerms.PERSON);
            SearchTerms.backfill(connection, "CORE_LOCALITY", SearchTerms.LOCALITY);
            SearchTerms.backfill(connection, "CORE_ORGANISATION", SearchTerms.ORGANISATION);
            SearchTerms.backfill(connection, "CORE_EVENT", SearchTerms.EVENT);
        } catch (SQLException e) {
            throw new CustomChangeException("Cannot write the search terms of the existing records", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Search terms written for the existing people, localities, organisations and events";
    }

    @Override
    public void setUp() throws SetupException {
        // nothing to set up
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
