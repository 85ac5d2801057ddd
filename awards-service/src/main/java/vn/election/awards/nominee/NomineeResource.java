package vn.election.awards.nominee;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.awards.nominee.NomineeRequests.NewAchievement;
import vn.election.awards.nominee.NomineeRequests.NewNominee;
import vn.election.awards.nominee.NomineeRequests.Page;
import vn.election.awards.nominee.NomineeRequests.Restrictions;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

/**
 * Reads need an awards role or the national council's ({@code nec}): nominees are named people with their K-5
 * restrictions (discipline, investigation, complaints), never public (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/nominees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominees", description = "Collectives (tập thể) and individuals (cá nhân) who may be commended")
public class NomineeResource {

    private final NomineeService nominees;

    public NomineeResource(NomineeService nominees) {
        this.nominees = nominees;
    }

    @POST
    @RolesAllowed(Roles.AWARDS_OFFICER)
    @Operation(operationId = "enterNominee", summary = "Enter a nominee the registry does not know")
    @APIResponse(
            responseCode = "201",
            description = "Entered",
            content = @Content(schema = @Schema(implementation = NomineeView.class)))
    @Idempotent
    public Response enter(
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewNominee request,
            @Context UriInfo uri) {
        NomineeView created = nominees.enter(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(operationId = "listNominees", summary = "The nominees of an election, a page at a time (keyset cursor)")
    public Page page(
            @QueryParam("electionId") @NotNull UUID electionId,
            @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return nominees.page(electionId, after, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNominee", summary = "One nominee with achievements and restrictions")
    public NomineeView get(@PathParam("id") UUID id) {
        return nominees.get(id);
    }

    @POST
    @Path("/{id}/achievements")
    @RolesAllowed(Roles.AWARDS_OFFICER)
    @Operation(
            operationId = "recordAchievement",
            summary = "Record an achievement (thành tích); one achievement earns one form (K-5)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = NomineeView.AchievementView.class)))
    @Idempotent
    public Response record(
            @PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewAchievement request) {
        return Response.status(Response.Status.CREATED)
                .entity(nominees.record(id, request))
                .build();
    }

    /** Either side records a restriction it learns of (K-5): the proposing body, or the one judging the dossier. */
    @PUT
    @Path("/{id}/restrictions")
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "setRestrictions",
            summary = "Set the K-5 restrictions in force (discipline, investigation, inspection, complaint)")
    public NomineeView restrict(@PathParam("id") UUID id, @Valid @NotNull Restrictions request) {
        return nominees.restrict(id, request);
    }
}
