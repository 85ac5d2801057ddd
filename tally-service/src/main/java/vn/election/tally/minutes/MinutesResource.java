package vn.election.tally.minutes;

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
import vn.election.kit.idempotency.IdempotentRequests;
import vn.election.kit.problem.Problem;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Count minutes", description = "Count minutes (biên bản kết quả kiểm phiếu) per polling area and body")
public class MinutesResource {

    private final MinutesService service;
    private final IdempotentRequests idempotent;

    public MinutesResource(MinutesService service, IdempotentRequests idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/minutes")
    @Operation(summary = "Submit count minutes or a correction",
            description = "Checks CK-1..CK-10. A correction (the minutes exist) needs correctionReason and is stored as "
                    + "a new version. Publishes MinutesAccepted; determines the unit once all its polling areas reported.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MinutesView.class)))
    @APIResponse(responseCode = "404", description = "Unknown election or polling area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Certified unit, closed round, or a correction without a reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every hard check that failed, with its fields and numbers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MinutesSubmission submission, UriInfo uri) {
        return idempotent.run("minutes", idempotencyKey, List.of(electionId, submission), () -> {
            MinutesView stored = service.submit(electionId, submission);
            return Response.created(uri.getBaseUriBuilder().path("api/v1/elections").path(electionId.toString())
                            .path("polling-areas").path(stored.pollingAreaId().toString())
                            .path("minutes").path(stored.body().name()).build())
                    .entity(stored).build();
        });
    }

    @POST
    @Path("/minutes/batch")
    @Operation(summary = "Submit many count minutes at once", description = "Each item is accepted or rejected on its "
            + "own, with the same checks and answers as a single submission.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MinutesBatch.Result.class)))
    public Response submitBatch(@PathParam("electionId") UUID electionId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull MinutesBatch batch) {
        return idempotent.run("minutes-batch", idempotencyKey, List.of(electionId, batch), () -> Response
                .ok(MinutesBatch.Result.of(service.submitAll(electionId, batch.minutes()))).build());
    }

    @GET
    @Path("/polling-areas/{pollingAreaId}/minutes/{body}")
    @Operation(summary = "The current count minutes of a polling area for a body (newest round)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MinutesView.class)))
    public MinutesView current(@PathParam("electionId") UUID electionId,
            @PathParam("pollingAreaId") UUID pollingAreaId, @PathParam("body") Body body) {
        return service.current(electionId, pollingAreaId, body);
    }

    @GET
    @Path("/polling-areas/{pollingAreaId}/minutes/{body}/history")
    @Operation(summary = "Every version of the count minutes of a polling area for a body, oldest first")
    public List<MinutesView> history(@PathParam("electionId") UUID electionId,
            @PathParam("pollingAreaId") UUID pollingAreaId, @PathParam("body") Body body) {
        return service.history(electionId, pollingAreaId, body);
    }
}
