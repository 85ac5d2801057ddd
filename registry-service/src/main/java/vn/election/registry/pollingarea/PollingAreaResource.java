package vn.election.registry.pollingarea;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

@Path("/api/v1/elections/{electionId}/polling-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Polling areas", description = "Polling areas (khu vực bỏ phiếu) and their unit per body")
public class PollingAreaResource {

    private final PollingAreaService areas;

    public PollingAreaResource(PollingAreaService areas) {
        this.areas = areas;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "definePollingArea",
            summary = "Define a polling area",
            description = "By a committee whose jurisdiction holds the commune, or the National Election Council "
                    + "(PA-3). A number that exists already in the commune is a 409; a breach of PA-3 or PA-4 a 422. "
                    + "An expected voter count outside PA-1/PA-2 is accepted with a warning. Publishes "
                    + "PollingAreaDefined on registry.structure.")
    @APIResponse(
            responseCode = "201",
            description = "Defined, perhaps with warnings",
            content = @Content(schema = @Schema(implementation = PollingAreaView.class)))
    @Idempotent
    public Response define(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewPollingArea request,
            UriInfo uri) {
        PollingAreaView created = areas.define(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listPollingAreas",
            summary = "The election's polling areas, optionally of one commune",
            description = "Keyset paging by id: pass the last id of a page as `after` to get the next page.")
    public List<PollingAreaView> list(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "01840") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "The last id of the previous page") @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return areas.page(electionId, communeCode, after, limit);
    }

    @GET
    @PermitAll
    @Path("/{areaId}")
    @Operation(operationId = "getPollingArea", summary = "One polling area")
    public PollingAreaView get(@PathParam("electionId") UUID electionId, @PathParam("areaId") UUID areaId) {
        return areas.get(electionId, areaId);
    }
}
