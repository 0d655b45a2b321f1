package jp.kyodo.common.error;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped to application/problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String rule;
    private final List<FieldProblem> errors;
    private final transient Object current;
    private final transient Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, List.of(), null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, String rule, List<FieldProblem> errors, Object current,
            Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.rule = rule;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.current = current;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message, String code) {
        return new ProblemException(ProblemType.VALIDATION, message, null,
                List.of(new FieldProblem(field, message, code)), null, Map.of());
    }

    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", null, errors, null,
                Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public String rule() {
        return rule;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Object current() {
        return current;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
