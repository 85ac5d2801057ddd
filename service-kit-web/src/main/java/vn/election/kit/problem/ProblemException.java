package vn.election.kit.problem;

import java.util.List;
import vn.election.events.Rule;

/**
 * Thrown by domain code to answer with a problem: an unknown id, a conflict with the current state, a
 * broken rule of the law. {@link ProblemExceptionMapper} turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of());
    }

    /** A rule of the rulebook ({@code docs/rules.md}) is broken by one field; the problem's code is the rule's id. */
    public static ProblemException ruleViolation(String field, Rule rule, String message) {
        return new ProblemException(
                ProblemType.RULE_VIOLATION,
                rule.id() + ": " + message,
                List.of(Problem.FieldError.of(field, rule, message)));
    }

    /** One field is not acceptable input for a reason that is no rule of the law, e.g. {@code CsvHeader}. */
    public static ProblemException invalid(String field, String code, String message) {
        return new ProblemException(
                ProblemType.RULE_VIOLATION,
                code + ": " + message,
                List.of(new Problem.FieldError(field, code, message)));
    }

    /** Several fields break rules at once; all are reported. */
    public static ProblemException ruleViolations(List<Problem.FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.code() + " " + e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("rule violated");
        return new ProblemException(ProblemType.RULE_VIOLATION, detail, errors);
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors);
    }
}
