package jp.kyodo.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;

/**
 * {@code Vary: Accept-Encoding} on every answer: Quarkus compresses what the client accepts
 * ({@code quarkus.http.enable-compression}) but does not say so, and a shared cache must not hand a gzip body to a
 * client that cannot read it. Joins any Vary the answer already has.
 */
public class VaryEncoding {

    void filters(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                HttpServerResponse response = ctx.response();
                String vary = response.headers().getAll(HttpHeaders.VARY).stream()
                        .reduce((a, b) -> a + ", " + b).orElse(null);
                if (vary == null || vary.isBlank()) {
                    response.putHeader(HttpHeaders.VARY, "Accept-Encoding");
                } else if (!vary.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding")) {
                    response.putHeader(HttpHeaders.VARY, vary + ", Accept-Encoding");
                }
            });
            ctx.next();
        }, 30_000);
    }
}
