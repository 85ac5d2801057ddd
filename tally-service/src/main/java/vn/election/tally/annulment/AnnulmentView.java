package vn.election.tally.annulment;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;

/** An annulment as published (W-6): the reason is public; who signed is the council, not a person. */
@Schema(name = "Annulment", description = "The National Election Council's annulment of a result (W-6)")
public record AnnulmentView(
        UUID id,
        UUID unitId,
        Body body,

        @Schema(description = "The polling area whose result is annulled; null for the whole unit", nullable = true)
        UUID pollingAreaId,

        @Schema(example = "1") int round,

        @Schema(example = "Gian lận trong kiểm phiếu tại khu vực bỏ phiếu số 2")
        String reason,

        @Schema(description = "The unit's state before; FINAL when its certification was lifted (D-11)")
        UnitStatus priorStatus,

        @Schema(description = "The provincial committee that proposed it, when recorded", nullable = true)
        UUID proposedBy,

        @Schema(example = "Tờ trình số 12/TTr-UBBC", nullable = true)
        String proposalReference,

        @Schema(description = "The council's organization, when the token named it", nullable = true)
        UUID annulledBy,

        OffsetDateTime annulledAt) {}
