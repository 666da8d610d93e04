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

    /** A copy of this WHERE with one more clause (which uses {@code :name}). */
    public Where with(String clause, String name, Object value) {
        return with(clause, Map.of(name, value));
    }

    /** A copy of this WHERE with one more clause and its parameters. */
    public Where with(String clause, Map<String, Object> values) {
        Where copy = copy();
        copy.clauses.add(clause);
        copy.parameters.putAll(values);
        return copy;
    }

    public String clause() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of {@code SELECT alias FROM from WHERE ... ORDER BY key}, read by key after the request's
     * cursor (or, without one, by number up to {@link PageRequest#MAX_OFFSET}), fetching one row more
     * than the page holds to know whether another follows; the total is counted only when the request
     * asks for it.
     * <p>
     * Two statements: the ids of the page ({@link #pageQuery}), read from an index that holds the
     * list's order, its filters and the id, so that the database reads nothing but that index and
     * stops after the page; then the rows of those ids, by primary key.
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, String alias, String from, Keyset<T> key,
            PageRequest request) {
        long total = request.count()
                ? bind(em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + clause(), Long.class)).getSingleResult()
                : Page.NOT_COUNTED;
        List<Long> ids = total == 0 ? List.of() : pageQuery(em, alias, from, key, request).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), request, key::cursorOf, total);
        }
        Map<Long, T> rows = new java.util.HashMap<>();
        for (T row : em.createQuery("SELECT " + alias + " FROM " + from + " WHERE " + alias + ".id IN :ids", type)
                .setParameter("ids", ids).getResultList()) {
            rows.put(key.idOf(row), row);
        }
        List<T> fetched = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = rows.get(id);
            if (row != null) { // deleted between the two statements
                fetched.add(row);
            }
        }
        return Page.of(fetched, request, key::cursorOf, total);
    }

    /**
     * The ids of one page (without the count), in the list's order: the seek predicate after the
     * request's cursor (first, so that the database starts the index scan there), the offset of a
     * numbered page, and {@link PageRequest#fetchSize()} rows at most. Tests explain it with
     * {@code QueryPlans}.
     */
    public <T> TypedQuery<Long> pageQuery(EntityManager em, String alias, String from, Keyset<T> key,
            PageRequest request) {
        Where seek = copy();
        if (request.after() != null) {
            List<Object> values = key.values(request.cursor(key.size()));
            seek.clauses.add(0, key.seek("after"));
            for (int i = 0; i < values.size(); i++) {
                seek.parameters.put("after" + i, values.get(i));
            }
        }
        TypedQuery<Long> query = seek.bind(em.createQuery(
                "SELECT " + alias + ".id FROM " + from + seek.clause() + " ORDER BY " + key.orderBy(), Long.class));
        if (request.after() == null && request.offset() > 0) {
            query.setFirstResult(request.offset());
        }
        return query.setMaxResults(request.fetchSize());
    }

    private Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }
}
