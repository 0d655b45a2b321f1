package jp.kyodo.common.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says who may keep an API answer (GET or HEAD, 200 or 304) and for how long, unless the operation says it itself
 * (exports {@code no-store}, the map {@code no-cache}, the calendar feed):
 * <ul>
 * <li>a published report's open data pinned by {@code ?revision=} never changes:
 * {@code public, max-age=31536000, immutable};</li>
 * <li>other published-report answers (the latest revision; a report, whose list of revisions grows) and every answer
 * to an anonymous caller: {@code public, no-cache} — any cache may keep it but must revalidate, which the ETag makes a
 * cheap 304, so a correction is seen at once; {@code Vary: Authorization, Cookie} because a signed-in caller may be
 * sent more (liaisons, internal notes);</li>
 * <li>every other answer to a signed-in caller: {@code private, no-store} — it may hold personal data, and office
 * PCs are shared. A client that wants 304s sends If-None-Match itself.</li>
 * </ul>
 */
public class CachePolicy {

    static final String PUBLIC_REPORTS = "/api/v1/public/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, no-cache";
    static final String PRIVATE = "private, no-store";

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter(priority = 3000)
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        String method = request.getMethod();
        if (!path.startsWith("/api/") || (status != 200 && status != 304)
                || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        String policy = policy(request, path);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, policy);
        if (policy.equals(REVALIDATE) && !path.startsWith(PUBLIC_REPORTS)) {
            response.getHeaders().add(HttpHeaders.VARY, "Authorization, Cookie");
        }
    }

    private String policy(ContainerRequestContext request, String path) {
        if (path.startsWith(PUBLIC_REPORTS)) {
            boolean pinned = request.getUriInfo().getQueryParameters().containsKey("revision");
            return pinned && path.contains("/initiatives") ? IMMUTABLE : REVALIDATE;
        }
        if (identity.isAnonymous()) {
            return REVALIDATE;
        }
        return PRIVATE;
    }
}
