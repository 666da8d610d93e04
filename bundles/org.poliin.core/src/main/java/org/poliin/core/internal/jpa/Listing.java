package org.poliin.core.internal.jpa;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * A list query ready to page: the list in its usual order ({@link #of}), or a text search over the
 * search terms ({@link TermSearch}) when the query has words ({@link #search}).
 *
 * @param <T> the entity listed
 */
public interface Listing<T> {

    /** One page of the list. */
    Page<T> page(EntityManager em, PageRequest request);

    /** The list in its order ({@link Where#page}). */
    static <T> Listing<T> of(Class<T> type, Where where, String alias, String from, Keyset<T> key) {
        return (em, request) -> where.page(em, type, alias, from, key, request);
    }

    /**
     * The search for {@code text} when it has words ({@link SearchText#queryTerms}), else the list
     * ({@link #of}): see {@link TermSearch}.
     */
    static <T> Listing<T> search(Class<T> type, Where where, String alias, String from, Keyset<T> key,
            String entityType, String text, Function<? super T, String> searchText, Function<? super T, Long> id) {
        TermSearch<T> search = TermSearch.of(type, entityType, where, alias, from, text, searchText, id);
        return search == null ? of(type, where, alias, from, key) : search;
    }
}
