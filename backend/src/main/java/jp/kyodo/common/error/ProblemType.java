package jp.kyodo.common.error;

/** The kinds of problem the API reports; each has a stable type URI (documented in docs/problems.md). */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED(400, "malformed-request", "Malformed request"),
    UNAUTHENTICATED(401, "unauthenticated", "Sign-in required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    STALE_VERSION(412, "stale-version", "The record was changed by someone else"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_MISMATCH(422, "idempotency-key-reused", "Idempotency key reused with a different request"),
    RULE_VIOLATION(422, "rule-violation", "Refused by a rule"),
    VERSION_REQUIRED(428, "version-required", "If-Match header required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many attempts"),
    INTERNAL(500, "internal", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service temporarily unavailable");

    public static final String BASE = "https://kyodo.example.jp/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != RULE_VIOLATION && t != MALFORMED) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
