package org.poliin.core.internal.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * The WHERE clause of a search, built from the criteria that are set. Values are always bound as
 * parameters, never concatenated into the query.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is set. */
    public Where and(String clause, String name, Object value) {
        if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause without parameters. */
    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Requires every word of {@code text} in the folded search column {@code column}. */
    public Where words(String column, String text) {
        List<String> words = SearchText.words(text);
        for (int i = 0; i < words.size(); i++) {
            String name = "word" + i;
            clauses.add(column + " LIKE :" + name + " ESCAPE '\\'");
            parameters.put(name, SearchText.likeContains(words.get(i)));
        }
        return this;
    }

    public String clause() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of {@code SELECT alias FROM from WHERE ... ORDER BY orderBy}, with the total counted
     * by the database.
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, String alias, String from, String orderBy,
            PageRequest request) {
        long total = bind(em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + clause(), Long.class))
                .getSingleResult();
        List<T> items = total == 0 ? List.of()
                : bind(em.createQuery("SELECT " + alias + " FROM " + from + clause() + " ORDER BY " + orderBy, type))
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList();
        return Page.of(items, request, total);
    }
}
