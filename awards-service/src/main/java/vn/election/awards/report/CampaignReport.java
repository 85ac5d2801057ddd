package vn.election.awards.report;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;

/** Counts of a campaign by form × collective/individual × issuer. */
@Schema(name = "CampaignReport", description = "Báo cáo tổng hợp khen thưởng của một đợt")
public record CampaignReport(
        UUID campaignId,

        @Schema(example = "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên")
        String issuerName,

        List<Row> rows) {

    /** Whether the campaign's issuer awarded them, or proposed them to a higher one. */
    public enum Outcome {
        AWARDED,
        PROPOSED_TO_HIGHER
    }

    /** One count. */
    @Schema(name = "CampaignReportRow")
    public record Row(
            @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT")
            String form,

            @Schema(example = "Bằng khen của Bộ, ban, ngành, tỉnh")
            String formName,

            @Schema(example = "COLLECTIVE") RecipientKind recipientKind,
            @Schema(example = "AWARDED") Outcome outcome,

            @Schema(example = "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên")
            String issuer,

            @Schema(example = "64") long count) {}
}
