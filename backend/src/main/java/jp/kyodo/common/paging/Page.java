package jp.kyodo.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a collection with the total count; the shape of every list in the API. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }
}
