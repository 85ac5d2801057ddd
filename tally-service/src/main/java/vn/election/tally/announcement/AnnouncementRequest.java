package vn.election.tally.announcement;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/**
 * What is announced: a body's results, for a People's Council those of its administrative unit (D-14).
 *
 * @param administrativeUnitCode the council's administrative unit; none for the National Assembly
 */
@Schema(name = "AnnouncementRequest")
public record AnnouncementRequest(
        @NotNull Body body,

        @Schema(description = "The council's administrative unit; none for the National Assembly", example = "06")
        String administrativeUnitCode) {}
