package vn.election.tally.turnout;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;
import vn.election.kit.security.Caller;
import vn.election.tally.election.PlaceTree;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Turnout", description = "Turnout through election day (tình hình cử tri đi bầu), R-1")
public class TurnoutResource {

    private final TurnoutService service;
    private final TurnoutTotals totals;
    private final Checkpoints checkpoints;
    private final PlaceTree places;
    private final Caller caller;

    public TurnoutResource(
            TurnoutService service, TurnoutTotals totals, Checkpoints checkpoints, PlaceTree places, Caller caller) {
        this.service = service;
        this.totals = totals;
        this.checkpoints = checkpoints;
        this.places = places;
        this.caller = caller;
    }

    @POST
    @Path("/polling-areas/{pollingAreaId}/turnout")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "reportTurnout",
            summary = "Report how many have voted in a polling area by a checkpoint",
            description = "By the team of the polling area or an organization above it; a polling area outside the "
                    + "caller's jurisdiction is a 403. A figure only rises through the day (R-1) and never exceeds the "
                    + "list (CK-1): an unknown checkpoint, a falling figure or one above the list is a 422. A lower "
                    + "figure than the one reported for the checkpoint is a correction and needs correctionReason. A "
                    + "polling area whose voter list is not final is a 409. Publishes TurnoutReported. The same figure "
                    + "sent again changes nothing (200).")
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new version",
            content = @Content(schema = @Schema(implementation = TurnoutView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same figure again: nothing changed",
            content = @Content(schema = @Schema(implementation = TurnoutView.class)))
    @Idempotent
    public Response report(
            @PathParam("electionId") UUID electionId,
            @PathParam("pollingAreaId") UUID pollingAreaId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull TurnoutSubmission submission) {
        // a replay is answered only to the caller (subject and jurisdiction) that passed this check first
        caller.requireWithin(Jurisdiction.pollingArea(pollingAreaId), places.hierarchy());
        TurnoutService.Reported reported = service.report(electionId, pollingAreaId, submission);
        return Response.status(reported.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(reported.report())
                .build();
    }

    // One polling area's reports, versions and correction reasons are the election organizations' working
    // figures; the public follows turnout through the aggregates below, as the council announces it.
    @GET
    @Path("/polling-areas/{pollingAreaId}/turnout")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "getPollingAreaTurnout",
            summary = "The current figure of each checkpoint a polling area reported, in the order of the day")
    public List<TurnoutView> current(
            @PathParam("electionId") UUID electionId, @PathParam("pollingAreaId") UUID pollingAreaId) {
        return service.current(electionId, pollingAreaId);
    }

    @GET
    @Path("/polling-areas/{pollingAreaId}/turnout/history")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "getPollingAreaTurnoutHistory",
            summary = "Every version of every checkpoint of a polling area, corrections and their reasons included")
    public List<TurnoutView> history(
            @PathParam("electionId") UUID electionId, @PathParam("pollingAreaId") UUID pollingAreaId) {
        return service.history(electionId, pollingAreaId);
    }

    // Turnout aggregates are public on election day: the council announces the national figure several
    // times a day, and "X of Y polling areas reported" is what the media follow.
    @GET
    @Path("/turnout")
    @PermitAll
    @Operation(
            operationId = "getNationTurnout",
            summary = "Live turnout of the nation, per province",
            description = "Without checkpoint: each polling area's latest report. With one: the figures reported "
                    + "for that checkpoint. \"X of Y polling areas reported\" and the time of the last report.")
    public TurnoutSummary nation(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "A configured checkpoint", example = "17:00") @QueryParam("checkpoint")
                    String checkpoint) {
        return totals.summary(electionId, null, checkpoint);
    }

    @GET
    @Path("/turnout/administrative-units/{code}")
    @PermitAll
    @Operation(
            operationId = "getAdministrativeUnitTurnout",
            summary = "Live turnout of a province or commune, per unit below it")
    public TurnoutSummary administrativeUnit(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "35") @PathParam("code") String code,
            @Parameter(description = "A configured checkpoint", example = "17:00") @QueryParam("checkpoint")
                    String checkpoint) {
        return totals.summary(electionId, code, checkpoint);
    }

    @GET
    @Path("/turnout/checkpoints")
    @PermitAll
    @Operation(operationId = "listTurnoutCheckpoints", summary = "The configured checkpoints, in the order of the day")
    @APIResponse(
            responseCode = "200",
            description = "The checkpoints",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            example = "[\"09:00\", \"11:00\", "
                                                    + "\"14:00\", \"17:00\", \"19:00\", \"CLOSE\"]")))
    public List<String> checkpoints(@PathParam("electionId") UUID electionId) {
        return checkpoints.all();
    }
}
