package vn.election.tally.annulment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The National Election Council's annulment of a result for a serious violation (W-6): of a whole electoral
 * unit for its body, or of one of its polling areas.
 *
 * @param pollingAreaId     the polling area whose result is annulled; absent for the whole unit
 * @param proposedBy        for an NA unit, the provincial committee that proposed it, when there was a proposal
 * @param proposalReference the reference of that proposal
 */
@Schema(name = "AnnulmentRequest", description = "Annul a unit's or a polling area's result (W-6)")
public record AnnulmentRequest(
        @NotNull UUID unitId,
        UUID pollingAreaId,

        @NotBlank @Size(max = 2000) @Schema(example = "Gian lận trong kiểm phiếu tại khu vực bỏ phiếu số 2")
        String reason,

        UUID proposedBy,

        @Size(max = 200) @Schema(example = "Tờ trình số 12/TTr-UBBC")
        String proposalReference) {}
