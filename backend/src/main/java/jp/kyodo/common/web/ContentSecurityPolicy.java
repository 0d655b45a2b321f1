package jp.kyodo.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.config.TileUrls;

/**
 * The Content-Security-Policy of everything the public port serves but Quarkus' own {@code /q/} pages: only this
 * origin, and images also from the map tile server when one is configured ({@code kyodo.map.tile-url}) — no other
 * external origin, and none at all without tiles.
 */
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @Inject
    KyodoConfig config;

    /** The header's value; {@code tileOrigin} (or null) joins img-src. */
    static String policy(String tileOrigin) {
        return "default-src 'self'; img-src 'self' data:" + (tileOrigin == null ? "" : " " + tileOrigin)
                + "; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'";
    }

    void init(@Observes Router router) {
        // a bad template stops the start here, rather than sending a broken header
        String value = policy(config.map().tileUrl().map(TileUrls::origin).orElse(null));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (!path.startsWith("/q/")) {
                ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, value));
            }
            ctx.next();
        });
    }
}
