package vn.election.kit.problem;

/** The stable kinds of problem every service answers with; {@code type} is their URI reference. */
public enum ProblemType {
    MALFORMED_JSON(400, "The request body is not valid JSON"),
    INVALID_INPUT(400, "A field has the wrong type or format"),
    BAD_REQUEST(400, "The request is not valid"),
    UNAUTHORIZED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    VALIDATION(422, "The request is not valid"),
    RULE_VIOLATION(422, "The request breaks a rule of the election law"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    BAD_GATEWAY(502, "Bad gateway"),
    UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "/problems/" + name().toLowerCase().replace('_', '-');
    }

    /** The kind for a bare HTTP status, when nothing more specific is known. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
