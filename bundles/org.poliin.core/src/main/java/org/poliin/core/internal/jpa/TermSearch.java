package org.poliin.core.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * A text search served by the index of the primary key of {@code CORE_SEARCH_TERM}, {@code PK_CORE_SEARCH_TERM}
 * (entity type, term, entity id): every word typed must begin a word of the record ({@link SearchText#terms}).
 * <p>
 * The longest word typed drives: the terms that begin with it are read from the index in order (term,
 * id), after the cursor, a batch at a time ({@link #termQuery}); the records of a batch are read by
 * primary key with the list's filters ({@link #rowQuery}); a record is kept when every other word
 * begins one of its words too and the term it was met under is its first term beginning with the
 * driving word (so that a record with two such words comes once). The results are thus ordered by
 * the word of the record that matched the longest word typed, then by id; the cursor is that pair.
 * A page reads about as many index entries and records as it holds, more when the other words or the
 * filters reject records, and never sorts.
 *
 * @param <T> the entity searched
 */
public final class TermSearch<T> implements Listing<T> {

    private static final int MAX_BATCH = 1_000;

    private final Class<T> type;
    private final String entityType;
    private final Where filters;
    private final String alias;
    private final String from;
    private final List<String> words;
    private final Function<? super T, String> searchText;
    private final Keyset<T> key;

    private TermSearch(Class<T> type, String entityType, Where filters, String alias, String from, List<String> words,
            Function<? super T, String> searchText, Function<? super T, Long> id) {
        this.type = type;
        this.entityType = entityType;
        this.filters = filters;
        this.alias = alias;
        this.from = from;
        this.words = words;
        this.searchText = searchText;
        String driver = words.get(0);
        this.key = Keyset.<T>ascending().text("t.term", item -> matchedTerm(searchText.apply(item), driver))
                .number("t.entityId", id);
    }

    /**
     * The search of {@code text} over the records of {@code from} ({@code "PersonEntity p"}, alias
     * {@code p}) that pass {@code filters}, or null when the text has no words.
     */
    public static <T> TermSearch<T> of(Class<T> type, String entityType, Where filters, String alias, String from,
            String text, Function<? super T, String> searchText, Function<? super T, Long> id) {
        List<String> words = new ArrayList<>(SearchText.queryTerms(text));
        if (words.isEmpty()) {
            return null;
        }
        // The longest word drives the index scan: it is likely the most selective.
        words.sort(Comparator.comparingInt(String::length).reversed());
        return new TermSearch<>(type, entityType, filters, alias, from, List.copyOf(words), searchText, id);
    }

    @Override
    public Page<T> page(EntityManager em, PageRequest request) {
        long total = request.count() ? count(em) : Page.NOT_COUNTED;
        List<T> kept = new ArrayList<>();
        if (total != 0) {
            List<Object> after = request.after() == null ? null : key.values(request.cursor(key.size()));
            int skip = request.after() == null ? request.offset() : 0;
            int want = request.fetchSize();
            int batch = Math.min(MAX_BATCH, skip + want);
            while (kept.size() < want) {
                List<Object[]> terms = termQuery(em, after, batch).getResultList();
                if (terms.isEmpty()) {
                    break;
                }
                Map<Long, T> rows = new HashMap<>();
                for (T row : rowQuery(em, terms.stream().map(term -> (Long) term[1]).toList()).getResultList()) {
                    rows.put(key.idOf(row), row);
                }
                for (Object[] term : terms) {
                    T row = rows.get((Long) term[1]);
                    if (row != null && matches(row, (String) term[0])) {
                        if (skip > 0) {
                            skip--;
                        } else if (kept.size() < want) {
                            kept.add(row);
                        }
                    }
                }
                if (terms.size() < batch) {
                    break;
                }
                Object[] last = terms.get(terms.size() - 1);
                after = List.of(last[0], last[1]);
                batch = Math.min(MAX_BATCH, batch * 2);
            }
        }
        return Page.of(kept, request, key::cursorOf, total);
    }

    /**
     * The terms (term, entity id) that begin with the driving word, after the cursor ({@code after}: a
     * term and an id, or null), in order, {@code limit} at most. Tests explain it with {@code QueryPlans}.
     */
    public TypedQuery<Object[]> termQuery(EntityManager em, List<Object> after, int limit) {
        Where where = new Where();
        if (after != null) {
            where.and(key.seek("after"));
        }
        where.and("t.entityType = :termType", "termType", entityType)
                .and("t.term LIKE :term ESCAPE '\\'", "term", SearchText.likePrefix(words.get(0)));
        TypedQuery<Object[]> query = where.bind(em.createQuery("SELECT t.term, t.entityId FROM SearchTermEntity t"
                + where.clause() + " ORDER BY " + key.orderBy(), Object[].class));
        if (after != null) {
            for (int i = 0; i < after.size(); i++) {
                query.setParameter("after" + i, after.get(i));
            }
        }
        return query.setMaxResults(limit);
    }

    /** The records of {@code ids} that pass the list's filters, by primary key. Tests explain it too. */
    public TypedQuery<T> rowQuery(EntityManager em, Collection<Long> ids) {
        Where where = filters.with(alias + ".id IN :ids", "ids", ids);
        return where.bind(em.createQuery("SELECT " + alias + " FROM " + from + where.clause(), type));
    }

    /** The count of the records found (only on request: it visits every match). */
    long count(EntityManager em) {
        Where where = filters;
        for (int i = 0; i < words.size(); i++) {
            String t = "t" + i;
            where = where.with("EXISTS (SELECT " + t + " FROM SearchTermEntity " + t + " WHERE " + t
                    + ".entityType = :termType" + i + " AND " + t + ".entityId = " + alias + ".id AND " + t + ".term LIKE :term"
                    + i + " ESCAPE '\\')", Map.of("termType" + i, entityType, "term" + i, SearchText.likePrefix(words.get(i))));
        }
        return where.bind(em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + where.clause(), Long.class))
                .getSingleResult();
    }

    /** Whether {@code row}, met under {@code term}, is found: once, and with every word. */
    private boolean matches(T row, String term) {
        Set<String> terms = SearchText.terms(searchText.apply(row));
        if (!term.equals(matchedTerm(terms, words.get(0)))) {
            return false;
        }
        return words.stream().allMatch(word -> terms.stream().anyMatch(each -> each.startsWith(word)));
    }

    /** The term of a record that a search by {@code word} meets it under: its first term beginning with the word. */
    static String matchedTerm(String searchText, String word) {
        return matchedTerm(SearchText.terms(searchText), word);
    }

    private static String matchedTerm(Set<String> terms, String word) {
        return terms.stream().filter(term -> term.startsWith(word)).min(Comparator.naturalOrder()).orElse(word);
    }
}
