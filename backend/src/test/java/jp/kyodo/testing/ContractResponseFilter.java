package jp.kyodo.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * In every backend test, every JSON response the API sends is checked against openapi.yaml. A response that does
 * not match is replaced by a 500 naming the problems, so the test that made the call fails (and the problems are
 * listed in target/contract-violations.txt). {@code -Dkyodo-test.contract-check=report} only lists them.
 */
@Provider
public class ContractResponseFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ContractResponseFilter.class);
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("kyodo-test.contract-check"));

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        List<String> located = response.getStatus() == 201 && response.getHeaderString("Location") != null
                ? ContractCheck.get().checkLocation(request.getMethod(), path, response.getHeaderString("Location"))
                : List.of();
        if (!located.isEmpty()) {
            fail(response, located);
            return;
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity == null || type == null || !type.getSubtype().endsWith("json") || entity instanceof byte[]
                || entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return;
        }
        String body;
        try {
            body = entity instanceof String s ? s
                    : Arc.container().instance(ObjectMapper.class).get().writeValueAsString(entity);
        } catch (Exception e) {
            return;
        }
        List<String> problems = ContractCheck.get().check(request.getMethod(), path, response.getStatus(),
                type.getType() + "/" + type.getSubtype(), body);
        if (problems.isEmpty()) {
            return;
        }
        fail(response, problems);
    }

    private static void fail(ContainerResponseContext response, List<String> problems) {
        ContractCheck.report(problems);
        LOG.errorf("response does not match openapi.yaml:%n  %s", String.join("\n  ", problems));
        if (!REPORT_ONLY) {
            response.setStatus(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode());
            response.setEntity(Map.of("title", "response does not match openapi.yaml", "status", 500,
                    "problems", problems), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
