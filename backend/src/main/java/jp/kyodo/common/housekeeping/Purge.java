package jp.kyodo.common.housekeeping;

import java.time.OffsetDateTime;

/**
 * Deletes rows that would otherwise grow forever (a feature's CDI bean; {@link Housekeeping} runs them all). Runs inside
 * housekeeping's transaction.
 */
public interface Purge {

    /** What it purges, for the log (e.g. "sign-in attempts"). */
    String name();

    /** Deletes what is past its retention at {@code now}; returns how many rows went. */
    long purge(OffsetDateTime now);
}
