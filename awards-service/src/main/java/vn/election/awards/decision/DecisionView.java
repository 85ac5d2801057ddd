package vn.election.awards.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.nomination.NominationState;

/** A decision as the API shows it, listing its nominees. */
@Schema(name = "Decision", description = "Quyết định khen thưởng, numbered per issuer and year (K-10)")
public record DecisionView(
        UUID id,
        UUID campaignId,
        @Schema(example = "163/QĐ-UBND") String number,
        @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT") String form,

        @Schema(example = "Bằng khen của Bộ, ban, ngành, tỉnh")
        String formName,

        @Schema(example = "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên")
        String issuerName,

        @Schema(example = "2021-06-20") LocalDate signedOn,
        String signedBy,

        @Schema(description = "Who numbered it (the token's subject)")
        String createdBy,

        LocalDate publishedOn,
        List<AwardView> awards) {

    /** One nominee's award in the decision. */
    @Schema(name = "Award")
    public record AwardView(
            UUID nomineeId,
            UUID nominationId,
            @Schema(example = "Tổ bầu cử số 3") String name,
            @Schema(example = "COLLECTIVE") RecipientKind recipientKind,
            @Schema(example = "7020000") BigDecimal prizeVnd,
            @Schema(example = "CONFERRED") NominationState state,
            LocalDate conferredOn,
            LocalDate revokedOn,
            RevocationGround revocationGround,
            String revocationReason,

            @Schema(description = "Prize money to recover after revocation (K-12)")
            BigDecimal recoveredVnd) {}
}
