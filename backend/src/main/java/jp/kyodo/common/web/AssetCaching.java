package jp.kyodo.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.util.regex.Pattern;
import jakarta.enterprise.event.Observes;

/**
 * How long a browser keeps the SPA's files (the API's answers: {@link CachePolicy}). Quarkus would send every static
 * file {@code max-age=86400}; for index.html that means a tab opened after a deploy may run yesterday's page, whose
 * chunks are gone. So:
 * <ul>
 * <li>the build's hashed files ({@code /assets/<name>-<hash>.js|css}; a new content is a new name):
 * {@code public, max-age=31536000, immutable} — never asked for again;</li>
 * <li>index.html (also when served for a client-side route such as /districts/12) and every other file without a
 * hash (favicon.svg): {@code no-cache} — kept, but revalidated each time (a cheap 304 on Last-Modified), so a deploy
 * is seen at once.</li>
 * </ul>
 */
public class AssetCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /** Vite names a built file {@code <name>-<8 characters of base64url hash>.<ext>}. */
    static final Pattern HASHED = Pattern.compile("/assets/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");

    void filters(@Observes Filters filters) {
        filters.register(ctx -> {
            String path = ctx.normalizedPath();
            HttpMethod method = ctx.request().method();
            if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && !isApplication(path)) {
                boolean hashed = HASHED.matcher(path).matches();
                ctx.addHeadersEndHandler(v -> {
                    HttpServerResponse response = ctx.response();
                    int status = response.getStatusCode();
                    if (status == 200 || status == 304) {
                        response.putHeader(HttpHeaders.CACHE_CONTROL, hashed ? IMMUTABLE : REVALIDATE);
                    }
                });
            }
            ctx.next();
        }, 30_100);
    }

    /** The API and Quarkus's own endpoints say their caching themselves. */
    private static boolean isApplication(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/");
    }
}
