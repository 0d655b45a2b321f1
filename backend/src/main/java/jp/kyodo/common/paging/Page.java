package jp.kyodo.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a collection with the total count; the shape of every list in the API. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /**
     * One page of a short list read whole (reference data, a record's own parts): every list answers the same
     * envelope, whether the database or the list is paged.
     */
    public static <T> Page<T> of(List<T> all, PageParams p) {
        int from = Math.min(all.size(), p.offset());
        int to = Math.min(all.size(), from + p.size);
        return new Page<>(List.copyOf(all.subList(from, to)), all.size(), p.page, p.size);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }
}
