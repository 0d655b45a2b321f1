package jp.kyodo.request.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 削減 — the dashboard's rules, without a database: the share cut since the baseline, and what a decision takes
 * away from its year (ABOLISH, MERGE and RECLASSIFY take a 協力依頼 out of the count; ABOLISH and MERGE take its
 * hours away; LIGHTEN is not quantified, KEEP and COMPENSATE change neither).
 */
public final class Reduction {

    private Reduction() {
    }

    /** Share cut since the baseline: (base − now) ÷ base, 4 decimals (half up); absent when the baseline is zero. */
    public static BigDecimal cut(long base, long now) {
        return cut(BigDecimal.valueOf(base), BigDecimal.valueOf(now));
    }

    /** The same for hours. */
    public static BigDecimal cut(BigDecimal base, BigDecimal now) {
        if (base.signum() == 0) {
            return null;
        }
        return base.subtract(now).divide(base, 4, RoundingMode.HALF_UP);
    }

    /** Whether the decision takes a 協力依頼 out of the count of its year. */
    public static boolean removesCooperation(Decision d) {
        return d == Decision.ABOLISH || d == Decision.MERGE || d == Decision.RECLASSIFY;
    }

    /** Whether the decision takes the request's hours away. */
    public static boolean removesHours(Decision d) {
        return d == Decision.ABOLISH || d == Decision.MERGE;
    }

    /** What is left of a figure once decisions take {@code removed} away (never below zero). */
    public static long projected(long now, long removed) {
        return Math.max(0, now - removed);
    }

    /** The same for hours. */
    public static BigDecimal projected(BigDecimal now, BigDecimal removed) {
        return now.subtract(removed).max(BigDecimal.ZERO);
    }
}
