package jp.kyodo.common.kept;

import java.util.List;

/**
 * 集計の保持 — a feature's summary tables: figures kept up to date in the same transaction as every change that moves
 * them, so that reads cost the rows they return, not the data behind them. A CDI bean per set of tables;
 * {@link KeptFiguresService} rebuilds and checks them all.
 */
public interface KeptFigures {

    /** Which figures, for the log and the rebuild report (e.g. "membership totals"). */
    String name();

    /**
     * Recomputes every kept row from the raw rows, or from kept figures rebuilt before it ({@link #order()}) (inside the caller's transaction) and returns how many rows the
     * tables hold afterwards. Used after bulk loads, and by an administrator when in doubt.
     */
    long rebuild();

    /**
     * Compares every kept row with the figure recomputed from the raw rows, without changing anything, and describes
     * each difference (empty when the kept figures are exact). The consistency tests run it after random changes.
     */
    List<String> differences();

    /** When it is rebuilt among the others: lower first, then by name (figures read from other kept figures go later). */
    default int order() {
        return 0;
    }
}
