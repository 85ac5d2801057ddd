package vn.election.registry.unit;

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

@Path("/api/v1/elections/{electionId}/electoral-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Electoral units", description = "Electoral units (đơn vị bầu cử) per body, with seats")
public class ElectoralUnitResource {

    private final ElectoralUnitService units;

    public ElectoralUnitResource(ElectoralUnitService units) {
        this.units = units;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "defineElectoralUnit",
            summary = "Define an electoral unit",
            description = "NA units by the National Election Council; a People's Council's by the committee of that "
                    + "council's administrative unit (EU-1). A number that exists already for the body and "
                    + "administrative unit is a 409; a breach of ED-3, EU-1 or EU-2 a 422. Publishes "
                    + "ElectoralUnitDefined on registry.structure.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = ElectoralUnitView.class)))
    @Idempotent
    public Response define(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewElectoralUnit request,
            UriInfo uri) {
        ElectoralUnitView created = units.define(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listElectoralUnits",
            summary = "The election's electoral units, optionally of one administrative unit",
            description = "Keyset paging by id: pass the last id of a page as `after` to get the next page.")
    public List<ElectoralUnitView> list(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "06") @QueryParam("administrativeUnitCode") String administrativeUnitCode,
            @Parameter(description = "The last id of the previous page") @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return units.page(electionId, administrativeUnitCode, after, limit);
    }

    @GET
    @PermitAll
    @Path("/{unitId}")
    @Operation(operationId = "getElectoralUnit", summary = "One electoral unit")
    public ElectoralUnitView get(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId) {
        return units.get(electionId, unitId);
    }
}
