package vn.election.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Rule;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 * It never carries a stack trace or a class name.
 *
 * @param type     a stable URI reference naming the kind of problem, e.g. {@code /problems/validation}
 * @param title    a short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, for a human
 * @param instance the request path
 * @param errors   for validation problems: each field, the rule or constraint code, and a message
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "/problems/validation") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "422") int status,
        @Schema(example = "name: must not be blank") String detail,
        @Schema(example = "/api/v1/elections") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One thing wrong with one field of the input.
     *
     * @param field   the JSON path of the field, e.g. {@code bodies[1]}
     * @param code    the constraint, or the id of the rule of {@code docs/rules.md} that it breaks, e.g. {@code V-1}
     * @param message what is wrong, for a human
     */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "electionDay") String field,
            @Schema(example = "NotNull") String code,
            @Schema(example = "must not be null") String message) {

        /** The field breaks this rule of the rulebook; the code is the rule's id. */
        public static FieldError of(String field, Rule rule, String message) {
            return new FieldError(field, rule.id(), message);
        }
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
