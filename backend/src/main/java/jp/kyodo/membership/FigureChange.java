package jp.kyodo.membership;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.error.FieldProblem;

/**
 * 大幅な変更の確認 — figures that move by more than a share of the figure they replace are probably a typo (281
 * households keyed as 120) and are saved only when the person confirms them. A pure rule: no database, no clock.
 */
public final class FigureChange {

    public static final String RULE = "large-change";

    private FigureChange() {
    }

    /** Whether going from {@code from} to {@code to} changes by more than {@code share} of {@code from}. */
    public static boolean large(Integer from, int to, double share) {
        if (from == null || from == 0) {
            return false; // nothing to compare with: a first figure, or an area that had no households
        }
        return Math.abs(to - from) > share * from;
    }

    /** The fields that change by more than the share, each with what it was and what it would become. */
    public static List<FieldProblem> problems(Integer fromHouseholds, Integer fromMembers, int households,
            int memberHouseholds, double share) {
        List<FieldProblem> out = new ArrayList<>();
        if (large(fromHouseholds, households, share)) {
            out.add(problem("households", fromHouseholds, households, share));
        }
        if (large(fromMembers, memberHouseholds, share)) {
            out.add(problem("memberHouseholds", fromMembers, memberHouseholds, share));
        }
        return out;
    }

    private static FieldProblem problem(String field, int from, int to, double share) {
        long percent = Math.round(100.0 * (to - from) / from);
        return new FieldProblem(field, String.format("changes from %d to %d (%+d%%, more than %d%%); send confirmLargeChange: "
                + "true if this is right", from, to, percent, Math.round(share * 100)), "LargeChange");
    }
}
