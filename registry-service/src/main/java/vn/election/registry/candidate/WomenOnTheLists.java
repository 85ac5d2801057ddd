package vn.election.registry.candidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * C-8: the share of women among the candidates on a body's official lists, a national report metric,
 * against the ruleset's target (at least 35 % of the National Assembly list from 2025; 30 % before).
 *
 * @param body       the body whose published lists are counted
 * @param candidates candidates on published official lists who have not withdrawn
 * @param women      of them, women
 * @param sharePercent women / candidates, in percent with 2 decimals, rounded half up (M-8)
 * @param targetPercent the ruleset's target for this body, or null where the law sets none
 * @param meetsTarget whether the share reaches the target, compared exactly: {@code women * 100 >= target *
 *     candidates}, never the rounded share (6,999 of 20,000 is 34.995 %, shown 35.00 %, and misses 35 %); null
 *     without a target
 */
@Schema(name = "WomenOnTheLists", description = "Tỷ lệ nữ trong danh sách chính thức những người ứng cử (C-8)")
public record WomenOnTheLists(
        @Schema(example = "NATIONAL_ASSEMBLY") Body body,
        @Schema(example = "864") long candidates,
        @Schema(example = "392") long women,
        @Schema(example = "45.37") BigDecimal sharePercent,
        @Schema(example = "35") BigDecimal targetPercent,
        @Schema(example = "true") Boolean meetsTarget) {

    /** C-8 targets, as data per ruleset: only the National Assembly list has one. */
    private static final Map<Ruleset, BigDecimal> NA_TARGET = Map.of(
            Ruleset.R2021, new BigDecimal("30"),
            Ruleset.R2026, new BigDecimal("35"));

    static WomenOnTheLists of(Ruleset ruleset, Body body, long candidates, long women) {
        BigDecimal share = candidates == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(women * 100).divide(BigDecimal.valueOf(candidates), 2, RoundingMode.HALF_UP);
        BigDecimal target = body == Body.NATIONAL_ASSEMBLY ? NA_TARGET.get(ruleset) : null;
        return new WomenOnTheLists(
                body, candidates, women, share, target, target == null ? null : meets(target, candidates, women));
    }

    /** C-8, before any rounding: the women's share reaches {@code target} percent (an empty list reaches none). */
    private static boolean meets(BigDecimal target, long candidates, long women) {
        return candidates > 0
                && BigDecimal.valueOf(women)
                                .multiply(BigDecimal.valueOf(100))
                                .compareTo(target.multiply(BigDecimal.valueOf(candidates)))
                        >= 0;
    }
}
