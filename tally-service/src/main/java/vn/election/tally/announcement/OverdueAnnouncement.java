package vn.election.tally.announcement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** Results whose announcement is past its deadline and not made (R-2, D-15). */
@Schema(name = "OverdueAnnouncement")
public record OverdueAnnouncement(
        Body body,

        @Schema(description = "The council's administrative unit; null for the National Assembly", nullable = true)
        String administrativeUnitCode,

        @Schema(example = "2026-03-25") LocalDate deadline,

        @Schema(description = "Electoral units of it whose result is not announced", example = "2")
        long unitsNotAnnounced) {}
