package jp.kyodo.common.paging;

import java.util.List;
import java.util.function.Function;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection with the total count; the shape of every list in the API.
 *
 * @param nextCursor on a list walked by {@code updatedSince}/{@code after} ({@link Keyset}): the {@code after} of the
 *                   next page, null when no row followed this page; always null on a list paged by number
 */
public record Page<T>(List<T> items, long total, int page, int size,
        @Nullable @Schema(description = "Pass as `after` for the next page of a list read by updatedSince or after "
                + "(ordered by updatedAt, id); null when no row followed this page, and on lists paged by number",
                examples = "k5zq3x1c0w.2s") String nextCursor) {

    /** A page of a list paged by number (no cursor). */
    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

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
        return new Page<>(items.stream().map(f).toList(), total, page, size, nextCursor);
    }
}
