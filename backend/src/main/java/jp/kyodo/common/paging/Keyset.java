package jp.kyodo.common.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * A list read for syncing: with {@code updatedSince} or {@code after} ({@link SyncParams}) it is ordered by
 * {@code (updatedAt, id)} ascending and paged by keyset — {@code updated_at > t or (updated_at = t and id > i)} after
 * the cursor's {@code (t, i)} — instead of by offset. A record inserted or changed while a client walks the list gets
 * an {@code updatedAt} later than the rows already read (a change always moves it forward, {@code RecordTimestamps}), so
 * it appears on a later page instead of shifting the pages: nothing is skipped or read twice because of it. Without
 * either parameter the list pages by number and sorts as it always did ({@link #NONE}).
 *
 * <p>Services add {@link #restrict} to their where clause, order by {@link #orderBy} and page with
 * {@link #offset}/{@link #limit} (one row more than the page, to know whether another follows), then build the page
 * with {@link #page}. With a cursor, {@code total} counts the rows from this page on.
 */
public final class Keyset {

    /** A list paged by number. */
    public static final Keyset NONE = new Keyset(null, null, 0);

    private static final Pattern CURSOR = Pattern.compile("k([0-9a-z]{1,13})\\.([0-9a-z]{1,13})");
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2201-01-01T00:00:00Z");

    private final OffsetDateTime since;
    private final OffsetDateTime afterAt;
    private final long afterId;

    private Keyset(OffsetDateTime since, OffsetDateTime afterAt, long afterId) {
        this.since = since;
        this.afterAt = afterAt;
        this.afterId = afterId;
    }

    /**
     * The keyset of a request: {@link #NONE} without {@code updatedSince} and {@code after}; a cursor kyodo did not
     * hand out, or a keyset combined with {@code sort} or a page number, is a 400 naming the parameter.
     */
    public static Keyset of(PageParams p, SyncParams s) {
        if (s == null || (s.updatedSince == null && (s.after == null || s.after.isEmpty()))) {
            return NONE;
        }
        String by = s.after != null && !s.after.isEmpty() ? "after" : "updatedSince";
        if (p.sort != null && !p.sort.isBlank()) {
            throw ProblemException.invalid("sort", "cannot be combined with " + by
                    + ": a list read by updatedSince or after is ordered by (updatedAt, id)", "KeysetOrder");
        }
        if (p.page != 1) {
            throw ProblemException.invalid("page", "cannot be combined with " + by
                    + ": continue with the nextCursor of the previous page as after", "KeysetPage");
        }
        OffsetDateTime since = s.updatedSince == null ? null : micros(s.updatedSince);
        if (s.after == null || s.after.isEmpty()) {
            return new Keyset(since, null, 0);
        }
        var m = CURSOR.matcher(s.after);
        if (m.matches()) {
            try {
                long micros = Long.parseLong(m.group(1), 36);
                long id = Long.parseLong(m.group(2), 36);
                Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
                if (id > 0 && !at.isBefore(EARLIEST) && at.isBefore(LATEST)) {
                    return new Keyset(since, at.atOffset(ZoneOffset.UTC), id);
                }
            } catch (NumberFormatException | ArithmeticException tooLarge) {
                // not one of ours: refused below
            }
        }
        throw ProblemException.invalid("after", "is not a cursor of this list: pass the nextCursor of an earlier answer",
                "Cursor");
    }

    /** The cursor standing after a row: opaque to clients ({@code k}, the microsecond, the id, both in base 36). */
    public static String cursor(OffsetDateTime updatedAt, long id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt.toInstant());
        return "k" + Long.toString(micros, 36) + "." + Long.toString(id, 36);
    }

    /** Whether the list is read by keyset (updatedSince or after given). */
    public boolean active() {
        return this != NONE;
    }

    /**
     * Adds the keyset's conditions on the columns (JPQL paths or SQL columns) {@code updatedAt} and {@code id} to a
     * where clause, and their parameters ({@code syncSince}, {@code syncAt}, {@code syncId}) to {@code params}.
     */
    public void restrict(StringBuilder where, Map<String, Object> params, String updatedAt, String id) {
        if (since != null) {
            where.append(" and ").append(updatedAt).append(" >= :syncSince");
            params.put("syncSince", since);
        }
        if (afterAt != null) {
            where.append(" and (").append(updatedAt).append(" > :syncAt or (").append(updatedAt).append(" = :syncAt and ")
                    .append(id).append(" > :syncId))");
            params.put("syncAt", afterAt);
            params.put("syncId", afterId);
        }
    }

    /** {@code order by updatedAt, id} when reading by keyset, else the list's own order. */
    public String orderBy(String listOrder, String updatedAt, String id) {
        return active() ? " order by " + updatedAt + " asc, " + id + " asc" : listOrder;
    }

    /** The first row to read: the page's offset, or 0 (the keyset says where the page starts). */
    public int offset(PageParams p) {
        return active() ? 0 : p.offset();
    }

    /** Rows to read: the page, and by keyset one more, which tells whether another page follows. */
    public int limit(PageParams p) {
        return active() ? p.size + 1 : p.size;
    }

    /** The page of rows read with {@link #offset}/{@link #limit}. */
    public <E extends VersionedEntity> Page<E> page(List<E> rows, long total, PageParams p) {
        return page(rows, total, p, e -> e.updatedAt, e -> e.id);
    }

    /** The page of rows read with {@link #offset}/{@link #limit}, whose keys the two functions read. */
    public <T> Page<T> page(List<T> rows, long total, PageParams p, Function<T, OffsetDateTime> updatedAt,
            ToLongFunction<T> id) {
        if (!active() || rows.size() <= p.size) {
            return new Page<>(rows, total, p.page, p.size, null);
        }
        List<T> page = List.copyOf(rows.subList(0, p.size));
        T last = page.get(page.size() - 1);
        return new Page<>(page, total, p.page, p.size, cursor(updatedAt.apply(last), id.applyAsLong(last)));
    }

    /**
     * The keyset applied to a list held in memory (a list its service sorts itself): the rows at or after
     * {@code updatedSince} and after the cursor, in {@code (updatedAt, id)} order, one page.
     */
    public <T> Page<T> page(List<T> all, PageParams p, Function<T, OffsetDateTime> updatedAt, ToLongFunction<T> id) {
        List<T> rows = all.stream()
                .filter(r -> since == null || !updatedAt.apply(r).isBefore(since))
                .filter(r -> afterAt == null || updatedAt.apply(r).isAfter(afterAt)
                        || (updatedAt.apply(r).isEqual(afterAt) && id.applyAsLong(r) > afterId))
                .sorted(java.util.Comparator.comparing((T r) -> updatedAt.apply(r).toInstant()).thenComparingLong(id))
                .toList();
        return page(rows.subList(0, Math.min(rows.size(), p.size + 1)), rows.size(), p, updatedAt, id);
    }

    /** The database keeps microseconds: a time with nanoseconds is compared at its microsecond. */
    private static OffsetDateTime micros(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
