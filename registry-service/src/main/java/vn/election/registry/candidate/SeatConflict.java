package vn.election.registry.candidate;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Rule;

/**
 * ORG-3, unresolved: a candidate sits on the board or team of the unit where they stand. The filing stands; the
 * candidate leaves the organization by the day the official list is published at the latest, or the founding body
 * removes and replaces them, and the list is not published while the conflict lasts (D-31). Shown to officials on
 * the candidate and on the organization.
 */
@Schema(name = "SeatConflict", description = "ORG-3: a candidate on the board or team of their own unit")
public record SeatConflict(
        @Schema(example = "ORG-3") String rule,
        UUID candidateId,
        UUID electoralUnitId,
        UUID organizationId,
        @Schema(example = "Tổ bầu cử số 1") String organizationName,

        @Schema(example = "2026-02-27", description = "The latest day of the unit's official list")
        LocalDate withdrawBy,

        @Schema(example = "must withdraw from Tổ bầu cử số 1 by 2026-02-27")
        String message) {

    public static SeatConflict of(
            UUID candidateId, UUID electoralUnitId, UUID organizationId, String organizationName, LocalDate by) {
        return new SeatConflict(
                Rule.ORG_3.id(),
                candidateId,
                electoralUnitId,
                organizationId,
                organizationName,
                by,
                "must withdraw from " + organizationName + " by " + by);
    }
}
