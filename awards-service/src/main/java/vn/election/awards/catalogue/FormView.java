package vn.election.awards.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A form of award under one ruleset, with its prize money computed from the base salary (K-11). */
@Schema(name = "AwardForm", description = "A form of award (hình thức khen thưởng), e.g. Bằng khen, Giấy khen")
public record FormView(
        @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT") String code,

        @Schema(example = "Bằng khen của Bộ, ban, ngành, tỉnh")
        String name,

        @Schema(example = "STATE") IssuerType issuerType,
        @Schema(example = "BOTH") Recipients recipients,

        @Schema(example = "1.5", description = "Prize per individual as a multiple of the base salary (K-11)")
        BigDecimal individualMultiple,

        @Schema(example = "3.0", description = "Prize per collective: twice an individual's (K-11, M)")
        BigDecimal collectiveMultiple,

        @Schema(example = "3510000") BigDecimal individualPrizeVnd,
        @Schema(example = "7020000") BigDecimal collectivePrizeVnd,

        @Schema(description = "Who may confer it under this ruleset (K-3, K-4)")
        List<Authority> conferredBy) {

    public boolean conferrableBy(String authorityCode) {
        return conferredBy.stream().anyMatch(a -> a.code().equals(authorityCode));
    }

    public BigDecimal prizeVnd(RecipientKind kind) {
        return kind == RecipientKind.COLLECTIVE ? collectivePrizeVnd : individualPrizeVnd;
    }
}
