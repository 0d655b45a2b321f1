package jp.kyodo.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Public data readable from any web page: the anonymous-readable GET operations (their "Who may call: anyone"
 * sentence; {@code OpenDataCorsTest} checks this list against openapi.yaml) answer a cross-origin GET, HEAD or
 * preflight from any origin with {@code Access-Control-Allow-Origin: *}. Such a request is read as anonymous — its
 * cookies and Authorization are dropped — so a page elsewhere can never read what a signed-in caller would be sent.
 * Everything else from another origin stays refused ({@link EdgeProblems}). The iCalendar feed is public only to
 * whoever holds its secret URL, and is left out.
 */
public final class OpenData {

    /** The path templates of the public GET operations, as in openapi.yaml. */
    public static final List<String> PUBLIC_GETS = List.of(
            "/api/v1/agenda-items", "/api/v1/agenda-items/{id}",
            "/api/v1/burden", "/api/v1/bureaus", "/api/v1/bureaus/{id}",
            "/api/v1/city-request-rules", "/api/v1/city-requests", "/api/v1/city-requests/{id}",
            "/api/v1/city-requests/{id}/burden",
            "/api/v1/council-bodies", "/api/v1/council-bodies/{id}",
            "/api/v1/council-meetings", "/api/v1/council-meetings/{id}", "/api/v1/council-meetings/{id}/agenda-items",
            "/api/v1/departments/{id}",
            "/api/v1/districts", "/api/v1/districts/{id}", "/api/v1/districts/{id}/burden-calendar",
            "/api/v1/districts/{id}/organization-tree", "/api/v1/districts/{id}/statistics",
            "/api/v1/districts/{id}/statistics/{fiscalYear}",
            "/api/v1/join-rates", "/api/v1/open-data/catalog", "/api/v1/organization-kinds",
            "/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/organizations/{id}/burden-calendar",
            "/api/v1/organizations/{id}/membership-figures", "/api/v1/organizations/{id}/membership-figures/{fiscalYear}",
            "/api/v1/public/reports", "/api/v1/public/reports/{planCode}/{fiscalYear}",
            "/api/v1/public/reports/{planCode}/{fiscalYear}/initiatives",
            "/api/v1/public/grants/{fiscalYear}", "/api/v1/public/grants/{fiscalYear}/csv",
            "/api/v1/public/volunteer-posts", "/api/v1/public/volunteer-posts/csv", "/api/v1/public/volunteer-posts/{id}",
            "/api/v1/public/reports/{planCode}/{fiscalYear}/initiatives/csv",
            "/api/v1/rating-grades", "/api/v1/review-cycles/{id}/dashboard",
            "/api/v1/sections", "/api/v1/sections/{id}", "/api/v1/settings/request-rules",
            "/api/v1/support-catalog/{fiscalYear}", "/api/v1/support-catalog/{fiscalYear}/changes",
            "/api/v1/support-programs", "/api/v1/support-programs/{id}",
            "/api/v1/upward-reports", "/api/v1/upward-reports/{id}",
            "/api/v1/wards", "/api/v1/wards/{id}");

    /** Request headers a page elsewhere may send (besides the CORS-safelisted ones). */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";
    /** Response headers such a page may read (besides the CORS-safelisted ones). */
    static final String EXPOSED_HEADERS = "ETag, Content-Disposition, RateLimit-Policy, RateLimit, Retry-After";

    /** The public paths as one pattern, compiled once: asked for every same-origin GET, static files included. */
    private static final Pattern PUBLIC = Pattern.compile(PUBLIC_GETS.stream()
            .map(t -> t.replaceAll("\\{[^}]+}", "[^/]+")).collect(java.util.stream.Collectors.joining("|")));

    private OpenData() {
    }

    public static boolean isPublic(String path) {
        return PUBLIC.matcher(path).matches();
    }

    /**
     * Answers or lets through a request from an origin that is not configured: a preflight for GET or HEAD of public
     * data is answered here (204), a GET or HEAD of it goes on as anonymous with {@code Access-Control-Allow-Origin:
     * *}. Returns false for anything else, which the caller refuses.
     */
    static boolean fromAnyOrigin(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if (!isPublic(ctx.normalizedPath())) {
            return false;
        }
        HttpMethod method = req.method();
        if (method == HttpMethod.OPTIONS) {
            String asked = req.getHeader("Access-Control-Request-Method");
            if (!"GET".equals(asked) && !"HEAD".equals(asked)) {
                return false;
            }
            ctx.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", "86400")
                    .end();
            return true;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        req.headers().remove(HttpHeaders.ORIGIN);
        req.headers().remove(HttpHeaders.AUTHORIZATION);
        req.headers().remove(HttpHeaders.COOKIE);
        allowAnyOrigin(ctx);
        ctx.next();
        return true;
    }

    /** {@code Access-Control-Allow-Origin: *} on the answer (public data, read anonymously). */
    static void allowAnyOrigin(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS));
    }
}
