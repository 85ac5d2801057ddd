package vn.election.registry.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;

/** The election calendar (D-26), public: as JSON, and as an iCalendar file to subscribe to. */
@Path("/api/v1/elections/{electionId}")
@Tag(name = "Calendar", description = "The election calendar (lịch trình bầu cử): each step's latest day and rule")
public class CalendarResource {

    private final ElectionService elections;

    public CalendarResource(ElectionService elections) {
        this.elections = elections;
    }

    @GET
    @PermitAll
    @Path("/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getElectionCalendar",
            summary = "The election calendar",
            description = "Each step from the announcement (ED-1) to the first sessions (R-4) with its latest day "
                    + "under the election's ruleset, the rule that sets it, and whether the registry refuses the "
                    + "step afterwards (EU-1, C-2, V-7, V-9; a drill only V-9, D-28).")
    public CalendarView get(@PathParam("electionId") UUID electionId) {
        return CalendarView.of(elections.require(electionId));
    }

    @GET
    @PermitAll
    @Path("/calendar.ics")
    @Produces(ICalendarFile.MEDIA_TYPE)
    @Operation(
            operationId = "getElectionCalendarIcs",
            summary = "The election calendar as iCalendar",
            description = "The same milestones as an RFC 5545 file a calendar application subscribes to: all-day "
                    + "events, or at their hour in Asia/Ho_Chi_Minh (C-2 at 17:00, V-9 at 07:00).")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content = @Content(mediaType = ICalendarFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response ics(@PathParam("electionId") UUID electionId) {
        Election election = elections.require(electionId);
        return Response.ok(ICalendarFile.of(CalendarView.of(election), election.createdAt()))
                .type(ICalendarFile.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"election-" + electionId + ".ics\"")
                .build();
    }
}
