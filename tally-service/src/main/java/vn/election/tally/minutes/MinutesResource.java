package vn.election.tally.minutes;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.events.access.Roles;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;
import vn.election.kit.security.Caller;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Count minutes", description = "Count minutes (biên bản kết quả kiểm phiếu) per polling area and body")
public class MinutesResource {

    private final MinutesService service;
    private final Caller caller;

    public MinutesResource(MinutesService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/minutes")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "submitMinutes",
            summary = "Submit count minutes or a correction",
            description = "By the team of the polling area or an organization above it (a board for its unit's "
                    + "body, a committee inside its administrative unit, the council); a polling area outside the "
                    + "caller's jurisdiction is a 403. totalVoters must be the count of the polling area's finalized "
                    + "voter list for the body, as the registry last published it (D-18); before that list has reached "
                    + "the tally the minutes are a 409 (D-19). Checks CK-1..CK-10: a 422 lists every hard check that "
                    + "failed, with its fields and numbers. A correction (the minutes exist) needs correctionReason "
                    + "and is stored as a new version; a certified unit or a correction without a reason is a 409. "
                    + "The minutes name their round: round 1, or round 2 once the competent body has opened it; "
                    + "another round is a 422 naming D-7. Publishes MinutesAccepted; determines the unit once all its "
                    + "polling areas reported.")
    @APIResponse(
            responseCode = "201",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = MinutesView.class)))
    @Idempotent
    public Response submit(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull MinutesSubmission submission,
            UriInfo uri) {
        MinutesView stored = service.submit(electionId, submission);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/elections")
                        .path(electionId.toString())
                        .path("polling-areas")
                        .path(stored.pollingAreaId().toString())
                        .path("minutes")
                        .path(stored.body().name())
                        .build())
                .entity(stored)
                .build();
    }

    @POST
    @Path("/minutes/batch")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "submitMinutesBatch",
            summary = "Submit many count minutes at once",
            description = "Each item is accepted or rejected on its "
                    + "own, with the same checks and answers as a single submission: an item outside the caller's "
                    + "jurisdiction is refused with 403 and the others still go through.")
    @APIResponse(
            responseCode = "200",
            description = "Each item's answer, in the order sent",
            content = @Content(schema = @Schema(implementation = MinutesBatch.Result.class)))
    @Idempotent
    public Response submitBatch(
            @PathParam("electionId") UUID electionId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MinutesBatch batch) {
        return Response.ok(MinutesBatch.Result.of(service.submitAll(electionId, batch.minutes())))
                .build();
    }

    // A polling area's minutes go to the board, the commune's People's Committee and Fatherland Front (M-4):
    // they are the election organizations' working papers, corrections and their reasons included. The
    // public reads the results summed from them (CK-7) under /published; officials read any area's.
    @GET
    @Path("/polling-areas/{pollingAreaId}/minutes/{body}")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "getMinutes",
            summary = "The current count minutes of a polling area for a body (newest round)")
    public MinutesView current(
            @PathParam("electionId") UUID electionId,
            @PathParam("pollingAreaId") UUID pollingAreaId,
            @PathParam("body") Body body) {
        return service.current(electionId, pollingAreaId, body);
    }

    @GET
    @Path("/polling-areas/{pollingAreaId}/minutes/{body}/history")
    @RolesAllowed({Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "getMinutesHistory",
            summary = "Every version of the count minutes of a polling area for a body, oldest first")
    public List<MinutesView> history(
            @PathParam("electionId") UUID electionId,
            @PathParam("pollingAreaId") UUID pollingAreaId,
            @PathParam("body") Body body) {
        return service.history(electionId, pollingAreaId, body);
    }
}
