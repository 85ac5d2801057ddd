package vn.election.tally.term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** A seat left empty during the term (W-7). */
@Schema(name = "Vacancy", description = "A deputy who left during the term: one seat missing (W-7)")
public record VacancyView(
        UUID id,
        UUID unitId,
        Body body,
        UUID candidateId,
        LocalDate leftOn,
        String reason,

        @Schema(description = "The organization that recorded it, when the token named it", nullable = true)
        UUID recordedBy,

        OffsetDateTime recordedAt) {}
