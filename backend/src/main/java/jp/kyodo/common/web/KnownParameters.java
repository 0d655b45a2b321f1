package jp.kyodo.common.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the operation does not take is a 400 naming it — {@code ?updatedSnce=…} or {@code ?fiscalyear=2025}
 * would otherwise be ignored and answer the whole list, which a client takes for the filtered one. The parameters an
 * operation takes are its {@code @QueryParam}s, also inside its {@code @BeanParam}s (paging, sync, export formats),
 * read once per resource method.
 */
@Provider
public class KnownParameters implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, KnownParameters::queryParameters);
        for (String name : sent) {
            if (!known.contains(name)) {
                throw new StrictParameters.BadParameter(name, known.isEmpty()
                        ? "this operation takes no query parameters"
                        : "not a parameter of this operation; it takes: " + String.join(", ", known));
            }
        }
    }

    static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                addFields(p.getType(), names);
            }
        }
        return Set.copyOf(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
                if (f.isAnnotationPresent(BeanParam.class)) {
                    addFields(f.getType(), names);
                }
            }
        }
    }
}
