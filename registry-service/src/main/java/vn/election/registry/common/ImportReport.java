package vn.election.registry.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * The answer to a CSV import: how many rows were read, accepted and rejected, and every rejected row
 * with its line number (the header is line 1) and the rule it breaks.
 */
@Schema(name = "ImportReport", description = "The outcome of a CSV import")
public record ImportReport(
        @Schema(example = "1000") long received,
        @Schema(example = "998") long accepted,
        @Schema(example = "2") long rejected,
        List<RejectedRow> rejections) {

    /**
     * One rejected row.
     *
     * @param line    its line in the file; the header is line 1
     * @param field   the CSV column at fault
     * @param code    the id of the rule of {@code docs/rules.md} (e.g. {@code V-1}) or the constraint broken
     * @param message why
     */
    @Schema(name = "RejectedRow")
    public record RejectedRow(
            @Schema(example = "17") long line,
            @Schema(example = "birth_date") String field,
            @Schema(example = "V-1") String code,

            @Schema(example = "born 2013-06-01: under 18 on election day 2031-05-04")
            String message) {}

    /**
     * The answer when a file with rejected rows is refused as a whole: 422, nothing imported, each
     * rejected row an error named {@code line N: column}.
     */
    public ProblemException refusal() {
        List<Problem.FieldError> errors = rejections.stream()
                .map(r -> new Problem.FieldError("line " + r.line() + ": " + r.field(), r.code(), r.message()))
                .toList();
        return new ProblemException(
                ProblemType.RULE_VIOLATION,
                rejected + " of " + received
                        + " rows are rejected; nothing was imported (acceptValid=true imports the valid rows)",
                errors);
    }
}
