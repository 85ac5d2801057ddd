package vn.election.awards.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the nomination resource. */
public final class NominationRequests {

    private NominationRequests() {}

    /** A new nomination: one nominee, one achievement, one form (K-5). */
    @Schema(name = "NewNomination")
    public record NewNomination(
            @NotNull UUID campaignId,
            @NotNull UUID nomineeId,
            @NotNull UUID achievementId,

            @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT") @NotBlank @Size(max = 60)
            String form,

            @Valid Dossier dossier) {}

    /** The dossier (hồ sơ đề nghị khen thưởng) of K-8, as far as it is known. */
    @Schema(name = "Dossier", description = "Hồ sơ đề nghị khen thưởng (K-8)")
    public record Dossier(
            @Schema(example = "45/TTr-UBBC", description = "The number of the tờ trình") @Size(max = 60)
            String submissionNumber,

            @Schema(example = "2021-06-10") LocalDate submissionDate,

            @Schema(example = "Ủy ban bầu cử tỉnh Thái Nguyên") @Size(max = 300)
            String submittingBody,

            @Schema(
                    example = "Báo cáo tóm tắt thành tích trong công tác bầu cử ...",
                    description = "Báo cáo thành tích")
            @Size(max = 8000)
            String achievementReport,

            @Schema(example = "2", description = "Paper originals; 2 for a Prime Minister's award (K-8)") @Min(0)
            int originalSets,

            @Schema(description = "The campaign's criteria (K-6) this nomination meets") @Size(max = 30)
            Set<@NotBlank String> criteriaMet,

            @Size(max = 50) List<@Valid @NotNull AttachmentView> attachments) {}

    /** Metadata of one file of the e-file (K-8). */
    @Schema(name = "Attachment")
    public record AttachmentView(
            @Schema(example = "ACHIEVEMENT_REPORT") @NotBlank @Size(max = 40)
            String kind,

            @Schema(example = "bao-cao-thanh-tich.pdf") @NotBlank @Size(max = 300)
            String fileName,

            @Schema(example = "application/pdf") @NotBlank @Size(max = 100)
            String mediaType,

            @Schema(example = "48213") @Min(0) long sizeBytes,

            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @NotNull
            @Pattern(regexp = "[0-9a-f]{64}")
            String sha256) {}

    /** A transition of K-9 on a nomination, and why; who takes it, in which role, comes from the token. */
    @Schema(name = "TransitionRequest")
    public record TransitionRequest(
            @Schema(example = "CHECK") @NotNull Action action,

            @Schema(
                    example = "Thiếu báo cáo thành tích",
                    description = "Required to return, reject, give the " + "Party's opinion")
            @Size(max = 2000)
            String reason,

            @Valid CouncilMinutes councilMinutes,

            @Schema(description = "FORWARD: the higher issuer's campaign")
            UUID targetCampaignId) {}

    /** Biên bản họp Hội đồng Thi đua–Khen thưởng: the vote (K-8, K-9). */
    @Schema(name = "CouncilMinutes")
    public record CouncilMinutes(
            @Schema(example = "2021-06-15") @NotNull LocalDate meetingOn,
            @Schema(example = "11") @Min(1) int members,
            @Schema(example = "10") @Min(1) int present,
            @Schema(example = "9") @Min(0) int votesFor) {}
}
