package jp.kyodo.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.web.ClientAddress;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits on {@code /api/} (the SPA's files are not counted): every request counts against one budget
 * ({@link RateLimitPolicy}) of its caller — the account of a session or API token, or else the client address —
 * counted in memory and shared through the database ({@link RateLimitCounters}), so a second instance sees the count. Every answer
 * carries {@code RateLimit-Policy} and {@code RateLimit}; a request over the budget is answered 429 problem+json with
 * {@code Retry-After} before it reaches the API, so it changes nothing. Runs before matching, after authentication
 * (proactive), so unknown paths count too.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    @Inject
    KyodoConfig config;

    @Inject
    RateLimitCounters counters;

    @Inject
    Clock clock;

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Response limit(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!config.rateLimit().enabled() || path == null || !path.startsWith("/api/")) {
            return null;
        }
        Long account = accountOf(ctx);
        RateLimitPolicy policy = RateLimitPolicy.of(path, account != null, RateLimitPolicy.Budgets.of(config.rateLimit()));
        String caller = account != null ? "account:" + account
                : "address:" + ClientAddress.key(ClientAddress.of(ctx.request()));
        return count(ctx, policy, caller, path);
    }

    /** Counted in memory (no statement: it runs on the event loop); {@link RateLimitCounters} shares the counts. */
    private Response count(RoutingContext ctx, RateLimitPolicy policy, String caller, String path) {
        long now = clock.instant().getEpochSecond();
        long hits = counters.hit(policy.name() + "|" + caller, policy.windowStart(now));
        long reset = policy.resetSeconds(now);
        String policyField = policy.policyField();
        String stateField = policy.stateField(hits, reset);
        ctx.addHeadersEndHandler(v -> ctx.response().putHeader(POLICY_HEADER, policyField)
                .putHeader(STATE_HEADER, stateField));
        if (!policy.exceeded(hits)) {
            return null;
        }
        LOG.debugf("rate limit %s reached by %s", policy.name(), caller);
        return Response.fromResponse(ProblemMappers.response(ProblemType.TOO_MANY_REQUESTS,
                "Rate limit reached: at most " + policy.quota() + " requests per " + policy.windowSeconds()
                        + " seconds (" + policy.name() + "); try again in " + reset + " seconds",
                path, null, null, null))
                .header("Retry-After", Long.toString(reset)).build();
    }

    private static Long accountOf(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                Object id = identity.getAttribute(CurrentUser.ATTR_USER_ID);
                return id instanceof Long l ? l : null;
            }
        }
        return null;
    }
}
