package jp.kyodo.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * Serves the SPA's index.html for its client-side routes, so deep links survive a reload.
 * API, Quarkus endpoints and files with an extension are left alone (a missing file stays a 404).
 */
public class SpaRouting {

    void init(@Observes Router router) {
        router.get("/*").order(Integer.MIN_VALUE + 100).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")
                    || path.equals("/q") || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
    }
}
