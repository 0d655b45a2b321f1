package jp.kyodo.common.error;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When the caller's session or bearer token could not be checked because the database is unreachable, the
 * authentication mechanism lets the request go on anonymously (so the SPA's files and health endpoints are still
 * served) and marks it; every API request so marked answers 503 here, before any role check could answer 401.
 */
public class DatabaseOutageFilter {

    @ServerRequestFilter(preMatching = true)
    public Response uncheckedToken(RoutingContext context) {
        if (context.get(DatabaseOutage.UNCHECKED_TOKEN) == null) {
            return null;
        }
        return DatabaseOutage.response(context.normalizedPath());
    }
}
