package vn.election.registry.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.text.Texts;

/** A complaint as an official records it for the complainant (D-34). */
@Schema(name = "NewComplaint", description = "A complaint (khiếu nại) about a voter list or a candidate")
public record NewComplaint(
        @Schema(example = "VOTER_LIST") @NotNull ComplaintSubject subject,

        @Schema(description = "VOTER_LIST: the polling area whose list it is about")
        UUID pollingAreaId,

        @Schema(
                example = "006085001235",
                description = "VOTER_LIST: the voter it concerns, on the list or to be added; may be left out")
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String voterCitizenId,

        @Schema(description = "CANDIDATE: the candidate it is about")
        UUID candidateId,

        @NotNull @Valid Complainant complainant,

        @Schema(example = "Tôi thường trú tại thôn 3 nhưng không có tên trong danh sách cử tri")
        @NotBlank
        @Size(max = 4000)
        String grounds) {

    /** The filing in NFC, with the fields of its subject only (422 naming a field of the other subject). */
    NewComplaint normalized() {
        if (subject == ComplaintSubject.VOTER_LIST) {
            require("pollingAreaId", pollingAreaId != null, "NotNull", "a list's complaint names its polling area");
            require("candidateId", candidateId == null, "Null", "a list's complaint names no candidate");
        } else {
            require("candidateId", candidateId != null, "NotNull", "a candidate's complaint names the candidate");
            require("pollingAreaId", pollingAreaId == null, "Null", "a candidate's complaint names no polling area");
            require("voterCitizenId", voterCitizenId == null, "Null", "a candidate's complaint names no voter");
        }
        return new NewComplaint(
                subject,
                pollingAreaId,
                voterCitizenId,
                candidateId,
                new Complainant(
                        complainant.citizenId(), Texts.nfc(complainant.fullName()), Texts.nfc(complainant.contact())),
                Texts.nfc(grounds));
    }

    private static void require(String field, boolean holds, String code, String message) {
        if (!holds) {
            throw ProblemException.invalid(field, code, message);
        }
    }
}
