package org.poliin.core.internal.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.Query;

/**
 * Keeps {@code CORE_SEARCH_TERM} in step with the searchable records, in the transaction that writes
 * the record: the terms of a record are the words of its search text ({@link SearchText#terms}).
 * The services call {@link #replace} after a create or an update and {@link #remove} on a delete or an
 * erasure; bulk writers that use JDBC add the terms with {@link #add}.
 */
public final class SearchTerms {

    public static final String PERSON = "person";
    public static final String LOCALITY = "locality";
    public static final String ORGANISATION = "organisation";
    public static final String EVENT = "event";

    /** The insert that {@link #add} batches. */
    public static final String INSERT = "INSERT INTO CORE_SEARCH_TERM (ENTITY_TYPE, TERM, ENTITY_ID) VALUES (?, ?, ?)";

    private SearchTerms() {
    }

    /** Replaces the terms of record {@code id} with those of {@code searchText} (the record must have its id). */
    public static void replace(EntityManager em, String entityType, long id, String searchText) {
        remove(em, entityType, id);
        add(em, entityType, id, searchText);
    }

    /** Adds the terms of new record {@code id} (its id assigned: the sequences assign it on persist). */
    public static void add(EntityManager em, String entityType, long id, String searchText) {
        Set<String> terms = SearchText.terms(searchText);
        if (terms.isEmpty()) {
            return;
        }
        StringBuilder insert = new StringBuilder("INSERT INTO CORE_SEARCH_TERM (ENTITY_TYPE, TERM, ENTITY_ID) VALUES ");
        for (int i = 0; i < terms.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        Query query = em.createNativeQuery(insert.toString());
        int position = 1;
        for (String term : terms) {
            query.setParameter(position++, entityType);
            query.setParameter(position++, term);
            query.setParameter(position++, id);
        }
        // The terms refer to nothing: no need to flush the unit of work first (an import writes a chunk in one flush).
        query.setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    /** Removes the terms of record {@code id}: it is no longer found. */
    public static void remove(EntityManager em, String entityType, long id) {
        em.createNativeQuery("DELETE FROM CORE_SEARCH_TERM WHERE ENTITY_TYPE = ? AND ENTITY_ID = ?")
                .setParameter(1, entityType).setParameter(2, id).setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    /** Adds the terms of a new record to a batch of {@link #INSERT}; returns how many it added. */
    public static int add(PreparedStatement insert, String entityType, long id, String searchText) throws SQLException {
        Set<String> terms = SearchText.terms(searchText);
        for (String term : terms) {
            insert.setString(1, entityType);
            insert.setString(2, term);
            insert.setLong(3, id);
            insert.addBatch();
        }
        return terms.size();
    }

    /**
     * Writes the terms of every row of {@code table} (its {@code ID} and {@code SEARCH_TEXT}) that has
     * none yet: the backfill of the change set that adds the table ({@link SearchTermBackfill}).
     */
    public static void backfill(Connection connection, String table, String entityType) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT ID, SEARCH_TEXT FROM " + table + " r WHERE NOT EXISTS "
                        + "(SELECT 1 FROM CORE_SEARCH_TERM t WHERE t.ENTITY_TYPE = '" + entityType
                        + "' AND t.ENTITY_ID = r.ID)");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            while (rows.next()) {
                pending += add(insert, entityType, rows.getLong(1), rows.getString(2));
                if (pending >= 1_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
