package vn.election.registry.election;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Elections (cuộc bầu cử) and the bodies they elect")
public class ElectionResource {

    private final ElectionService elections;

    public ElectionResource(ElectionService elections) {
        this.elections = elections;
    }

    @POST
    @RolesAllowed(Roles.NEC)
    @Operation(
            operationId = "defineElection",
            summary = "Define an election",
            description = "By the National Election Council's nation-wide tokens only. A field that is missing or "
                    + "breaks ED-1 or ED-3 is a 422. Publishes ElectionDefined on registry.structure.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    @Idempotent
    public Response define(
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewElection request,
            UriInfo uri) {
        ElectionView created = elections.define(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getElection", summary = "One election")
    public ElectionView get(@PathParam("id") UUID id) {
        return elections.get(id);
    }
}
