package vn.election.registry.organization;

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

@Path("/api/v1/elections/{electionId}/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organizations",
        description = "Election organizations (tổ chức phụ trách bầu cử): council, committees, " + "boards, teams")
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "defineOrganization",
            summary = "Define an election organization with its members",
            description = "ORG-1 hierarchy: the council and the provinces' committees by the National Election "
                    + "Council; the others by a committee whose jurisdiction holds the unit above (a committee) or "
                    + "around them (a board, a team). A size outside ORG-2 is accepted with a warning; ORG-3 keeps "
                    + "candidates off the board or team of their unit. A breach of ORG-1 or ORG-3 is a 422; an "
                    + "organization that exists already, a 409. Publishes OrganizationDefined on registry.structure.")
    @APIResponse(
            responseCode = "201",
            description = "Defined, perhaps with warnings",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @Idempotent
    public Response define(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewOrganization request,
            UriInfo uri) {
        OrganizationView created = organizations.define(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @PermitAll
    @Path("/{organizationId}")
    @Operation(operationId = "getOrganization", summary = "One election organization with its members")
    public OrganizationView get(
            @PathParam("electionId") UUID electionId, @PathParam("organizationId") UUID organizationId) {
        return organizations.get(electionId, organizationId);
    }
}
