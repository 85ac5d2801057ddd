package vn.election.registry.voter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.kit.problem.ProblemException;

/**
 * One voter's record as a change of a list writes it (V-8, V-9): a voter added, or a record corrected. Checked by
 * the rules a row of a list file meets (V-1, V-2 by the category, format).
 */
@Schema(name = "VoterRecord", description = "A voter's record (cử tri) as a change of the list writes it")
public record VoterRecord(
        @Schema(example = "006085001234") @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(example = "Nguyễn Thị Hương") @NotBlank String fullName,
        @Schema(example = "1990-04-12") @NotNull LocalDate birthDate,

        @Schema(example = "PERMANENT", description = "PERMANENT when left out (V-6)")
        VoterCategory category) {

    /** The record checked as a row of {@code target}'s list would be; 422 naming the field and rule otherwise. */
    VoterRowRules.CheckedRow checked(VoterRowRules rules) {
        VoterRowRules.CheckedRow row = rules.check(new VoterCsv.Row(
                0, citizenId, fullName, birthDate.toString(), category == null ? null : category.name(), null, null));
        if (!row.valid()) {
            throw refusal(row.rejection());
        }
        return row;
    }

    /** A rejected row's rejection, on this record's field (the CSV column {@code birth_date} is {@code birthDate}). */
    private static ProblemException refusal(RowRejection rejection) {
        String field = switch (rejection.field()) {
            case "citizen_id" -> "citizenId";
            case "full_name" -> "fullName";
            case "birth_date" -> "birthDate";
            default -> rejection.field();
        };
        return rejection instanceof RowRejection.RuleBroken broken
                ? ProblemException.ruleViolation(field, broken.rule(), broken.message())
                : ProblemException.invalid(field, rejection.code(), rejection.message());
    }
}
