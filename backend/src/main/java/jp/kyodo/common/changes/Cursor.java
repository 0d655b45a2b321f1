package jp.kyodo.common.changes;

import jp.kyodo.common.error.ProblemException;

/**
 * The feed's opaque cursor: the last event's number in base 36 behind a {@code c}, so that clients treat it as
 * a token, not a number to compute with.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String of(long seq) {
        return "c" + Long.toString(seq, 36);
    }

    /** The event number a cursor stands for; none → 0 (before the first event); malformed → 400 naming the field. */
    public static long parse(String field, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        if (cursor.length() > 1 && cursor.charAt(0) == 'c' && cursor.substring(1).matches("[0-9a-z]{1,12}")) {
            return Long.parseLong(cursor.substring(1), 36);
        }
        throw ProblemException.invalid(field, "is not a cursor of this feed: pass the `next` of an earlier answer",
                "cursor");
    }
}
