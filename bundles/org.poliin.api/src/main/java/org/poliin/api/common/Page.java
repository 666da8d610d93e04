package org.poliin.api.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param <T> the item type
 */
public class Page<T> {

    /** {@link #total} when the request did not ask for a count. */
    public static final long NOT_COUNTED = -1;

    /** The items of this page, in the order of the list. */
    public List<T> items;
    /** The page number, from 0 (0 when the page was read by key). */
    public int page;
    /** The requested page size. */
    public int size;
    /**
     * How many items the whole list matched, or {@value #NOT_COUNTED} when the request did not ask for a
     * count ({@code count=true}): counting reads every matching row, so it is done only on demand.
     */
    public long total;
    /** Whether another page follows this one. */
    public boolean hasMore;
    /** The cursor of the next page, to pass as {@code after}; null on the last page. */
    public String next;

    /** A page whose total the store counted (or {@link #NOT_COUNTED}); no cursor. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        Page<T> result = new Page<>();
        result.items = List.copyOf(items);
        result.page = request.page();
        result.size = request.size();
        result.total = total;
        result.hasMore = total != NOT_COUNTED && (long) request.offset() + items.size() < total;
        return result;
    }

    /**
     * A page from the rows a store fetched with {@link PageRequest#fetchSize()}: one row more than the
     * page holds tells that another page follows, and the sort key of the last item kept is the next
     * cursor.
     *
     * @param fetched up to {@code size + 1} rows in the order of the list
     * @param keyOf the sort key of an item, the values in the order of the list's {@code ORDER BY}
     * @param total the count, or {@link #NOT_COUNTED}
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<? super T, PageCursor> keyOf,
            long total) {
        boolean more = fetched.size() > request.size();
        List<T> items = more ? fetched.subList(0, request.size()) : fetched;
        Page<T> result = new Page<>();
        result.items = List.copyOf(items);
        result.page = request.page();
        result.size = request.size();
        result.total = total;
        result.hasMore = more;
        result.next = more ? keyOf.apply(items.get(items.size() - 1)).encode() : null;
        return result;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Page<R> result = new Page<>();
        result.items = items.stream().<R>map(mapper).toList();
        result.page = page;
        result.size = size;
        result.total = total;
        result.hasMore = hasMore;
        result.next = next;
        return result;
    }
}
