package jp.kyodo.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes every operation of the document from what it declares, so that no operation can forget its error
 * responses: 400 (bad input, or a query parameter the operation does not take), 401/403 and the security schemes unless it is public, 404 on item paths,
 * 409/412/428 on conditional writes, and 429 (rate limit; on sign-in also failed attempts), 500 and 503 (database
 * unreachable) everywhere; every answer of every operation carries the RateLimit-Policy and RateLimit headers. Whether an operation is public is read
 * from its "Who may call" sentence (a test checks that sentence against the @RolesAllowed annotations). The
 * If-Match and Idempotency-Key headers mean the same everywhere, so they are described here once: a resource
 * declares the plain header parameter (and at most an example of its own). So are the usual success answers: a PUT's
 * 200 is "Updated", a DELETE's 204 "Deleted", a history's 200 "A page of audit events", unless the operation
 * describes its own (what SmallRye generates from the method's return type carries only the reason phrase).
 */
public class OpenApiFilter implements OASFilter {

    private static final String REF = "#/components/responses/";
    private static final String HEADER_REF = "#/components/headers/";

    /** Every GET's 200 carries an ETag and answers If-None-Match with 304 ({@link ConditionalGets}). */
    static final String ETAG_DOC = "A strong tag of this representation: \"<version>-<digest>\" for a record (send it back in "
            + "If-Match to change it; the version part is what If-Match compares), \"<digest>\" for anything else (lists, "
            + "exports, figures). It changes whenever the body does, also when only derived figures change. Send it as "
            + "If-None-Match to get 304 while nothing changed.";
    static final String NOT_MODIFIED_DOC = "Not modified: the request's If-None-Match holds the current ETag (compared weakly; * "
            + "matches any). No body; the ETag and caching headers are those a 200 would carry.";

    static final String RATE_LIMIT_POLICY_DOC = "The request budget this request counts against "
            + "(draft-ietf-httpapi-ratelimit-headers, a structured field): its name, q = requests per window, w = the "
            + "window in seconds. Budgets: \"signed-in\" per account, \"anonymous\" per client address, \"transfer\" for "
            + "imports and exports (docs/api.md, Rate limits).";
    static final String RATE_LIMIT_DOC = "What is left of that budget after this request: r = requests remaining in "
            + "the window, t = seconds until the window ends and the budget is full again.";

    private static void addRateLimitComponents(OpenAPI openAPI) {
        org.eclipse.microprofile.openapi.models.media.Schema policy = OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        policy.setExamples(List.of("\"signed-in\";q=600;w=60"));
        org.eclipse.microprofile.openapi.models.media.Schema state = OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        state.setExamples(List.of("\"signed-in\";r=599;t=42"));
        openAPI.getComponents().addHeader("RateLimit-Policy",
                OASFactory.createHeader().description(RATE_LIMIT_POLICY_DOC).schema(policy));
        openAPI.getComponents().addHeader("RateLimit", OASFactory.createHeader().description(RATE_LIMIT_DOC).schema(state));
    }

    /** The RateLimit headers on an answer (every answer of the API carries them). */
    private static void addRateLimitHeaders(APIResponse response) {
        if (response == null || response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey("RateLimit-Policy")) {
            response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref(HEADER_REF + "RateLimit-Policy"));
        }
        if (!response.getHeaders().containsKey("RateLimit")) {
            response.addHeader("RateLimit", OASFactory.createHeader().ref(HEADER_REF + "RateLimit"));
        }
    }

    private static void addConditionalComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        org.eclipse.microprofile.openapi.models.media.Schema string = OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        string.setExamples(List.of("\"3-9f86d081884c7d659a2feaa0c55ad015\""));
        openAPI.getComponents().addHeader("ETag", OASFactory.createHeader().description(ETAG_DOC).schema(string));
        openAPI.getComponents().addResponse("NotModified", OASFactory.createAPIResponse().description(NOT_MODIFIED_DOC)
                .addHeader("ETag", OASFactory.createHeader().ref(HEADER_REF + "ETag")));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        SchemaCompletion.complete(openAPI);
        addConditionalComponents(openAPI);
        addRateLimitComponents(openAPI);
        if (openAPI.getComponents().getResponses() != null) {
            // but the refusals answered before the API is reached, which are not counted (EdgeProblems)
            openAPI.getComponents().getResponses().forEach((name, response) -> {
                if (!name.equals("OriginNotAllowed") && !name.equals("UriTooLong")) {
                    addRateLimitHeaders(response);
                }
            });
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                complete(path, e.getKey(), e.getValue());
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        orderPathParameters(path, op);
        describeHeaders(op);
        FileCompletion.complete(op);
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        describeSuccess(path, method, responses);
        String description = op.getDescription() == null ? "" : op.getDescription();
        boolean isPublic = description.contains(ApiDoc.PUBLIC);
        boolean conditional = op.getParameters() != null && op.getParameters().stream()
                .map(Parameter::getName).anyMatch("If-Match"::equalsIgnoreCase);
        // every operation: also one without input refuses a query parameter it does not take (KnownParameters)
        add(responses, "400", "BadRequest");
        if (isPublic) {
            op.setSecurity(List.of());
            // Public data answers any origin (OpenData); other public operations refuse a foreign one.
            boolean anyOrigin = method == PathItem.HttpMethod.GET && OpenData.isPublic(path);
            if (responses.hasAPIResponse("401") && responses.getAPIResponse("401").getRef() == null) {
                responses.removeAPIResponse("401");
            }
            if (responses.hasAPIResponse("403") && responses.getAPIResponse("403").getRef() == null) {
                responses.removeAPIResponse("403");
            }
            if (!anyOrigin) {
                add(responses, "403", "OriginNotAllowed");
            }
        } else {
            SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme("session");
            SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme("bearer");
            op.setSecurity(List.of(session, bearer));
            set(responses, "401", "Unauthorized");
            set(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            add(responses, "404", "NotFound");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413", "ContentTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        add(responses, "414", "UriTooLong");
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || (method == PathItem.HttpMethod.POST && !path.endsWith("/sessions"))) {
            add(responses, "409", "Conflict");
        }
        boolean idempotent = op.getParameters() != null && op.getParameters().stream()
                .map(Parameter::getName).anyMatch("Idempotency-Key"::equalsIgnoreCase);
        if (idempotent) {
            add(responses, "422", "UnprocessableContent");
        }
        if (conditional) {
            add(responses, "412", "PreconditionFailed");
            add(responses, "428", "PreconditionRequired");
        }
        if (path.endsWith("/sessions") && method == PathItem.HttpMethod.POST) {
            add(responses, "401", "Unauthorized");
        }
        add(responses, "429", "TooManyRequests");
        if (method == PathItem.HttpMethod.GET) {
            add(responses, "406", "NotAcceptable");
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null && ok.getRef() == null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
                ok.addHeader("ETag", OASFactory.createHeader().ref(HEADER_REF + "ETag"));
            }
            if (ok != null) {
                add(responses, "304", "NotModified");
            }
        }
        add(responses, "500", "InternalError");
        add(responses, "503", "ServiceUnavailable");
        responses.getAPIResponses().values().forEach(OpenApiFilter::addRateLimitHeaders);
    }

    /**
     * Path parameters in the order the path names them ({@code /plans/{id}/reports/{fiscalYear}}: id, then
     * fiscalYear), before the other parameters, whose order is kept: generators build positional arguments from it.
     */
    private static void orderPathParameters(String path, Operation op) {
        if (op.getParameters() == null || op.getParameters().size() < 2) {
            return;
        }
        List<Parameter> sorted = new ArrayList<>(op.getParameters());
        sorted.sort(Comparator.comparingInt(p -> p.getIn() == Parameter.In.PATH
                ? path.indexOf("{" + p.getName() + "}") : Integer.MAX_VALUE));
        op.setParameters(sorted);
    }

    private static void describeSuccess(String path, PathItem.HttpMethod method, APIResponses responses) {
        if (method == PathItem.HttpMethod.PUT) {
            describe(responses, "200", "OK", "Updated");
        } else if (method == PathItem.HttpMethod.DELETE) {
            describe(responses, "204", "No Content", "Deleted");
        } else if (method == PathItem.HttpMethod.GET && path.endsWith("/history")) {
            describe(responses, "200", "OK", "A page of audit events");
        }
    }

    private static void describe(APIResponses responses, String code, String generated, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response != null && generated.equals(response.getDescription())) {
            response.setDescription(description);
        }
    }

    private static void describeHeaders(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getIn() != Parameter.In.HEADER) {
                continue;
            }
            if ("If-Match".equalsIgnoreCase(p.getName())) {
                describe(p, ApiDoc.IF_MATCH, ApiDoc.IF_MATCH_EXAMPLE);
            } else if (Idempotency.HEADER.equalsIgnoreCase(p.getName())) {
                describe(p, Idempotency.DOC, Idempotency.EXAMPLE);
            }
        }
    }

    private static void describe(Parameter p, String description, String example) {
        if (p.getDescription() == null) {
            p.setDescription(description);
        }
        if (p.getExample() == null) {
            p.setExample(example);
        }
    }

    private static void set(APIResponses responses, String code, String name) {
        responses.removeAPIResponse(code);
        add(responses, code, name);
    }

    private static void add(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(REF + name));
        }
    }
}
