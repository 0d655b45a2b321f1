package jp.kyodo.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kyodo.common.error.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The refusals that happen before a request reaches the API are problem+json too: a body over the size limit
 * (413), a URI too long (414) and a cross-origin request from an origin that is not allowed (403). The same rule as
 * Quarkus' CORS filter decides the origin (the request's own origin, or one of {@code quarkus.http.cors.origins});
 * this filter only answers in the API's format before that filter would answer with an empty body. Public data is
 * the exception: {@link OpenData} lets any origin GET it (anonymously) with {@code Access-Control-Allow-Origin: *}.
 */
public class EdgeProblems {

    /** Longest request target accepted (the HTTP layer reads lines up to {@code max-initial-line-length}). */
    public static final int MAX_URI = 8192;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBody;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    void filters(@Observes Filters filters) {
        long limit = maxBody.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        // Before Quarkus' CORS filter and the body handler.
        filters.register(ctx -> {
            HttpServerRequest req = ctx.request();
            if (req.uri().length() > MAX_URI) {
                problem(ctx, 414, "uri-too-long", "URI too long", "The request target is longer than " + MAX_URI
                        + " characters; send long filters in a body or split the request");
                return;
            }
            String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isLong(length) && Long.parseLong(length.trim()) > limit) {
                problem(ctx, 413, "content-too-large", "Content too large", "The body is larger than " + limit
                        + " bytes");
                return;
            }
            String origin = req.getHeader(HttpHeaders.ORIGIN);
            if (origin != null && !allowedOrigin(origin, req)) {
                if (OpenData.fromAnyOrigin(ctx)) {
                    return;
                }
                problem(ctx, 403, "cors-origin", "Origin not allowed", "Requests from " + origin
                        + " are not allowed (cross-origin access is limited to the configured origins)");
                return;
            }
            if (origin == null && (req.method() == io.vertx.core.http.HttpMethod.GET
                    || req.method() == io.vertx.core.http.HttpMethod.HEAD) && OpenData.isPublic(ctx.normalizedPath())) {
                // The same answer whoever asks, so that a cache never hands a page elsewhere one without it.
                OpenData.allowAnyOrigin(ctx);
            }
            ctx.next();
        }, 20_000);
    }

    void router(@Observes Router router) {
        // A chunked body that grows over the limit fails inside the body handler.
        router.errorHandler(413, ctx -> problem(ctx, 413, "content-too-large", "Content too large",
                "The body is larger than the limit"));
    }

    private boolean allowedOrigin(String origin, HttpServerRequest req) {
        if (origin.equals("null")) {
            return false;
        }
        String own = req.scheme() + "://" + req.authority();
        if (sameOrigin(origin, own)) {
            return true;
        }
        return corsOrigins.orElse(List.of()).stream().flatMap(o -> Arrays.stream(o.split(","))).map(String::trim)
                .anyMatch(o -> o.equals("*") || o.equalsIgnoreCase(origin));
    }

    /**
     * Same scheme, host and port — the rule of Quarkus' CORS filter, which sees the scheme and host a trusted proxy
     * forwards ({@code quarkus.http.proxy.*}).
     */
    private static boolean sameOrigin(String origin, String own) {
        try {
            URI a = URI.create(origin);
            URI b = URI.create(own);
            return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                    && a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        JsonObject body = new JsonObject().put("type", ProblemType.BASE + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, status == 413 ? "close" : "keep-alive").end(body.encode());
    }
}
