package org.poliin.api.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search result.
 *
 * @param <T> the item type
 */
public class Page<T> {

    /** The items of this page, in the order of the search. */
    public List<T> items;
    /** The page number, from 0. */
    public int page;
    /** The requested page size. */
    public int size;
    /** How many items the whole search matched. */
    public long total;

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        Page<T> result = new Page<>();
        result.items = List.copyOf(items);
        result.page = request.page();
        result.size = request.size();
        result.total = total;
        return result;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Page<R> result = new Page<>();
        result.items = items.stream().<R>map(mapper).toList();
        result.page = page;
        result.size = size;
        result.total = total;
        return result;
    }
}
