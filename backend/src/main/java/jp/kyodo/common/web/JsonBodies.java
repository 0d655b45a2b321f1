package jp.kyodo.common.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body is read as JSON only when the client says it is JSON: a body without {@code Content-Type}, or
 * with another type, is a 415 problem (operations that take files declare their types with {@code @Consumes}).
 */
public class JsonBodies {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final Map<Method, Boolean> OWN_TYPES = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        if (!WITH_BODY.contains(request.getMethod()) || !hasBody(request) || declaresOwnTypes(resource)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON with Content-Type: application/json");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean declaresOwnTypes(ResourceInfo resource) {
        Method m = resource == null ? null : resource.getResourceMethod();
        return m != null && OWN_TYPES.computeIfAbsent(m, JsonBodies::readConsumes);
    }

    private static boolean readConsumes(Method m) {
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = m.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return false;
        }
        for (String t : consumes.value()) {
            if (!isJson(MediaType.valueOf(t.split(",")[0].trim()))) {
                return true;
            }
        }
        return false;
    }
}
