package vn.election.awards.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.campaign.NewCampaign.CriterionView;
import vn.election.awards.campaign.NewCampaign.QuotaView;
import vn.election.events.Ruleset;

/** A campaign as the API shows it. */
@Schema(name = "Campaign", description = "A campaign of commendation (đợt khen thưởng)")
public record CampaignView(
        UUID id,
        UUID electionId,
        @Schema(example = "2021") Ruleset ruleset,

        @Schema(example = "Khen thưởng tổng kết công tác bầu cử năm 2021")
        String name,

        @Schema(example = "PROVINCIAL_CHAIRMAN") String authority,

        @Schema(example = "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên")
        String issuerName,

        @Schema(example = "19") String issuerScope,
        @Schema(example = "{n}/QĐ-UBND") String numberPattern,
        boolean partyOpinionRequired,
        List<CriterionView> criteria,
        List<QuotaView> quotas,

        @Schema(description = "Who opened it (the token's subject)")
        String createdBy,

        OffsetDateTime createdAt) {

    static CampaignView of(Campaign c, Ruleset ruleset) {
        return new CampaignView(
                c.id,
                c.electionId,
                ruleset,
                c.name,
                c.authority,
                c.issuerName,
                c.issuerScope,
                c.numberPattern,
                c.partyOpinionRequired,
                c.criteria.stream()
                        .map(k -> new CriterionView(k.code, k.description))
                        .toList(),
                c.quotas.stream()
                        .map(q -> new QuotaView(q.form, q.recipientKind, q.maxAwards))
                        .toList(),
                c.createdBy,
                c.createdAt);
    }
}
