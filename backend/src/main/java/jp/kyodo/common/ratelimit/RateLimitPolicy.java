package jp.kyodo.common.ratelimit;

import jp.kyodo.common.config.KyodoConfig;

/**
 * A request budget (利用回数の上限) and the header fields that announce it, in the syntax of
 * draft-ietf-httpapi-ratelimit-headers (structured fields: {@code RateLimit-Policy: "signed-in";q=600;w=60} and
 * {@code RateLimit: "signed-in";r=599;t=42}). Pure: which budget a request counts against, and what the headers say.
 *
 * @param name the policy's name, sent as the field's item (a quoted string)
 * @param quota requests per window ({@code q})
 * @param windowSeconds the window's length ({@code w})
 */
public record RateLimitPolicy(String name, int quota, int windowSeconds) {

    public static final String SIGNED_IN = "signed-in";
    public static final String ANONYMOUS = "anonymous";
    public static final String TRANSFER = "transfer";

    /** The configured budgets ({@code kyodo.rate-limit.*}), per window of {@code windowSeconds}. */
    public record Budgets(int signedIn, int anonymous, int transfer, int windowSeconds) {
        public static Budgets of(KyodoConfig.RateLimit c) {
            return new Budgets(c.signedIn(), c.anonymous(), c.transfer(), c.windowSeconds());
        }
    }

    /**
     * The budget a request to {@code path} counts against: imports and exports their own (for anyone), otherwise the
     * signed-in or the anonymous one.
     */
    public static RateLimitPolicy of(String path, boolean signedIn, Budgets config) {
        int window = config.windowSeconds();
        if (path.startsWith("/api/v1/imports/") || path.startsWith("/api/v1/exports/")
                || path.equals("/api/v1/imports") || path.equals("/api/v1/exports")) {
            return new RateLimitPolicy(TRANSFER, config.transfer(), window);
        }
        return signedIn ? new RateLimitPolicy(SIGNED_IN, config.signedIn(), window)
                : new RateLimitPolicy(ANONYMOUS, config.anonymous(), window);
    }

    /** The start (epoch second) of the fixed window holding {@code epochSecond}. */
    public long windowStart(long epochSecond) {
        return epochSecond - Math.floorMod(epochSecond, windowSeconds);
    }

    /** Seconds from {@code epochSecond} until its window ends and the budget is full again (1 … window). */
    public long resetSeconds(long epochSecond) {
        return windowStart(epochSecond) + windowSeconds - epochSecond;
    }

    /** {@code RateLimit-Policy}. */
    public String policyField() {
        return "\"" + name + "\";q=" + quota + ";w=" + windowSeconds;
    }

    /** {@code RateLimit} after the {@code hits}-th request of the window (this one included). */
    public String stateField(long hits, long resetSeconds) {
        return "\"" + name + "\";r=" + remaining(hits) + ";t=" + resetSeconds;
    }

    public long remaining(long hits) {
        return Math.max(0, quota - hits);
    }

    /** Whether the {@code hits}-th request of the window is over the budget. */
    public boolean exceeded(long hits) {
        return hits > quota;
    }
}
