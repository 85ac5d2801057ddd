package vn.election.awards.campaign;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

/**
 * Reads need an awards role or the national council's ({@code nec}): a campaign's criteria and quotas are the
 * issuer's working papers (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaigns of commendation (đợt khen thưởng)")
public class CampaignResource {

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The issuer's side opens a campaign: its criteria (K-6) and quotas (K-7) bind the approvals that follow. */
    @POST
    @RolesAllowed(Roles.AWARDS_APPROVER)
    @Operation(
            operationId = "openCampaign",
            summary = "Open a campaign for an election and an issuer, with its criteria (K-6) and quotas (K-7)",
            description = "An unknown election, or an authority or form outside the ruleset, is a 422.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @Idempotent
    public Response open(
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewCampaign request,
            UriInfo uri) {
        CampaignView created = campaigns.open(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "One campaign")
    public CampaignView get(@PathParam("id") UUID id) {
        return campaigns.get(id);
    }
}
