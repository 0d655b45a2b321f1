package jp.kyodo.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jp.kyodo.common.json.InvalidValueException;
import jp.kyodo.common.web.StrictParameters;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details. Client mistakes get a 4xx with what to fix;
 * anything unexpected gets a bare 500 — the stack trace goes to the log, never to the caller.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(ProblemType type, String detail, String instance, String rule,
            List<FieldProblem> errors, Object current) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance, rule,
                errors == null || errors.isEmpty() ? null : errors, current);
        return Response.status(type.status()).type(PROBLEM_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder b = Response.fromResponse(
                response(e.type(), e.getMessage(), path(uri), e.rule(), e.errors(), e.current()));
        e.headers().forEach(b::header);
        return b.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldOf(v), v.getMessage(), codeOf(v)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .collect(Collectors.toList());
        return response(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", path(uri), null, errors, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        // Two saves from the same version raced and the other was committed first: the version this one was based
        // on is no longer current, exactly as when If-Match is stale.
        return response(ProblemType.STALE_VERSION, "Someone else saved this record at the same moment; reload it, "
                + "re-apply your change and save again", path(uri), null, null, null);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return optimisticLock(null, uri);
    }

    /** A unique key taken by a concurrent request (two creations racing for the same code, for example). */
    @ServerExceptionMapper
    public Response uniqueRace(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return response(ProblemType.CONFLICT, "The record conflicts with another one saved at the same time; reload and try again",
                path(uri), null, null, null);
    }

    /** A value the database cannot hold (too long for its column, a character its encoding refuses). */
    @ServerExceptionMapper
    public Response dataException(org.hibernate.exception.DataException e, UriInfo uri) {
        return response(ProblemType.VALIDATION, "A value of the request cannot be stored or searched for as it is",
                path(uri), null, null, null);
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        String field = e.getPropertyName();
        return response(ProblemType.VALIDATION, "Unknown property '" + field + "'", path(uri), null,
                List.of(new FieldProblem(field, "unknown property", "Unknown")), null);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "wrong format or type";
        return fieldProblem(field, message, "Format", uri);
    }

    /** A value of the right JSON type that is still refused: control characters, a date out of range. */
    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), e.reason(), e.code(), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            // The document as a whole: an array where an object belongs, text after the JSON, an empty body.
            return response(ProblemType.MALFORMED, "The request body is not the JSON object this operation takes: "
                    + e.getOriginalMessage(), path(uri), null, null, null);
        }
        return fieldProblem(field, "wrong type: " + expected(e.getTargetType()), "Type", uri);
    }

    /** Not JSON at all, or ambiguous (a key given twice): Jackson's message names the place. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return response(ProblemType.MALFORMED, "The request body is not valid JSON: " + e.getOriginalMessage(),
                path(uri), null, null, null);
    }

    private Response fromJackson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidValueException v) {
            return invalidValue(v, uri);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unrecognized(u, uri);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatched(m, uri);
        }
        return json(e, uri);
    }

    private static Response fieldProblem(String field, String message, String code, UriInfo uri) {
        return response(ProblemType.VALIDATION, "Value of '" + field + "' " + message, path(uri), null,
                List.of(new FieldProblem(field, message, code)), null);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type expected";
        }
        if (type == String.class) {
            return "a string expected";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == java.math.BigDecimal.class || type == double.class || type == Double.class
                    ? "a number expected" : "a whole number expected";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false expected";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array expected";
        }
        if (type == java.time.LocalDate.class) {
            return "a date written yyyy-mm-dd expected";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()) + " expected";
        }
        return "an object expected";
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(response(ProblemType.UNAUTHENTICATED, "Sign in or send a valid bearer token",
                path(uri), null, null, null)).header("WWW-Authenticate", "Bearer realm=\"kyodo\"").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return response(ProblemType.FORBIDDEN, "Your role may not do this", path(uri), null, null, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StrictParameters.BadParameter bad) {
                // A parameter that cannot be read is the client's mistake (400), not a missing resource.
                return fieldProblem(bad.name(), bad.reason(), "Parameter", uri);
            }
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            // The body reader wraps what Jackson refused; answer as if Jackson's exception had reached us.
            return fromJackson(cause, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "Cannot produce the requested media type";
            case 415 -> "This media type is not accepted here";
            default -> status >= 500 ? "The server could not complete the request" : "The request could not be processed";
        };
        Response.ResponseBuilder b = Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), status, detail, path(uri), null, null, null));
        if (e.getResponse().getHeaderString("Allow") != null) {
            b.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return b.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), e);
            return DatabaseOutage.response(path(uri));
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return response(ProblemType.INTERNAL, "The server could not complete the request", path(uri), null, null,
                null);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "update.arg1.memberHouseholds" → "memberHouseholds"; parameters keep their own name.
        String p = v.getPropertyPath().toString();
        String[] parts = p.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String codeOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
