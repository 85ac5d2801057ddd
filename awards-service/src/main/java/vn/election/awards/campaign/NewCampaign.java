package vn.election.awards.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;

/** The body of {@code POST /api/v1/campaigns}. */
@Schema(
        name = "NewCampaign",
        description = "A campaign of commendation (đợt khen thưởng) for an election and an issuer")
public record NewCampaign(
        @Schema(example = "0b9b7a4e-5c51-4b8e-9d5e-2f0d1c7a9e11") @NotNull
        UUID electionId,

        @Schema(example = "Khen thưởng tổng kết công tác bầu cử năm 2021") @NotBlank @Size(max = 300)
        String name,

        @Schema(example = "PROVINCIAL_CHAIRMAN", description = "Who confers: an authority of the catalogue (K-3, K-4)")
        @NotBlank
        @Size(max = 60)
        String authority,

        @Schema(example = "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên") @NotBlank @Size(max = 300)
        String issuerName,

        @Schema(
                example = "19",
                description = "Which issuer of that authority; decisions are numbered per issuer "
                        + "(K-10). A province's issuer (provincial in the catalogue) names the province's official code, "
                        + "and only that province's tokens act on the campaign. Empty for the Prime Minister.")
        @Size(max = 60)
        String issuerScope,

        @Schema(example = "{n}/QĐ-UBND", description = "Overrides the authority's decision-number pattern (K-10)")
        @Size(max = 60)
        @Pattern(regexp = ".*\\{n\\}.*", message = "must contain {n}")
        String numberPattern,

        @Schema(
                description =
                        "Whether the provincial Party standing committee gives an opinion before a decision (K-9)")
        boolean partyOpinionRequired,

        @Schema(description = "The criteria checklist (K-6); the K-6 defaults when omitted") @Size(max = 30)
        List<@Valid @NotNull CriterionView> criteria,

        @Schema(description = "Quotas per form and kind of recipient (K-7)") @Size(max = 30)
        List<@Valid @NotNull QuotaView> quotas) {

    /** One item of the criteria checklist (K-6). */
    @Schema(name = "Criterion")
    public record CriterionView(
            @Schema(example = "ON_TIME") @NotBlank @Size(max = 40)
            String code,

            @Schema(example = "Hoàn thành tốt, đúng thời hạn các nhiệm vụ được giao") @NotBlank @Size(max = 500)
            String description) {}

    /** The most awards of one form to one kind of recipient (K-7). */
    @Schema(name = "Quota")
    public record QuotaView(
            @Schema(example = "PM_CERTIFICATE_OF_MERIT") @NotBlank @Size(max = 60)
            String form,

            @Schema(example = "COLLECTIVE") @NotNull RecipientKind recipientKind,
            @Schema(example = "3") @Min(0) int max) {}
}
