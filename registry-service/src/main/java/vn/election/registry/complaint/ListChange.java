package vn.election.registry.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.kit.problem.ProblemException;
import vn.election.registry.voter.VoterRecord;

/** The change of the list that upholds a complaint about it (V-8), made as the other list changes are (V-9). */
@Schema(name = "ListChange", description = "The change of the voter list an upheld complaint makes")
public record ListChange(
        @Schema(example = "ADD") @NotNull Kind kind,

        @Schema(example = "006085001235", description = "REMOVE: the voter taken off the list")
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(description = "ADD, CORRECT: the voter's record as the list will hold it") @Valid
        VoterRecord voter) {

    public enum Kind {
        /** A citizen left off the list is added. */
        ADD,
        /** Someone who should not be listed is taken off. */
        REMOVE,
        /** A voter's record (name, date of birth, category) is corrected. */
        CORRECT
    }

    /** The citizen the change concerns. */
    String concerns() {
        return kind == Kind.REMOVE ? citizenId : voter.citizenId();
    }

    /** 422 unless it carries what its kind needs: a citizen id to remove, a voter's record to add or correct. */
    ListChange requireComplete() {
        if (kind == Kind.REMOVE && citizenId == null) {
            throw ProblemException.invalid("listChange.citizenId", "NotNull", "a removal names the voter");
        }
        if (kind != Kind.REMOVE && voter == null) {
            throw ProblemException.invalid("listChange.voter", "NotNull", kind + " gives the voter's record");
        }
        return this;
    }
}
