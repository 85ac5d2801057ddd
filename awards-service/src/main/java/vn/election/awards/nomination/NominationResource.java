package vn.election.awards.nomination;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.awards.nomination.NominationRequests.NewNomination;
import vn.election.awards.nomination.NominationRequests.TransitionRequest;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

/**
 * Reads need an awards role or the national council's ({@code nec}): dossiers and their history are working
 * papers (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "Nominations (đề nghị khen thưởng), their dossiers and workflow (K-8, K-9)")
public class NominationResource {

    private final NominationService nominations;

    public NominationResource(NominationService nominations) {
        this.nominations = nominations;
    }

    /** Drafting a dossier is the proposing body's, as submitting it is (K-9, {@link Action#SUBMIT}). */
    @POST
    @RolesAllowed(Roles.AWARDS_OFFICER)
    @Operation(
            operationId = "createNomination",
            summary = "Nominate: one nominee, one achievement, one form (K-5), as a DRAFT")
    @APIResponse(
            responseCode = "201",
            description = "Nominated",
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    @Idempotent
    public Response nominate(
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewNomination request,
            @Context UriInfo uri) {
        NominationView created = nominations.nominate(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(
            operationId = "listNominations",
            summary = "The list of a campaign's nominations (danh sách), a page at a time (keyset cursor)")
    public NominationView.Page page(
            @QueryParam("campaignId") @NotNull UUID campaignId,
            @QueryParam("state") NominationState state,
            @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return nominations.page(campaignId, state, after, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNomination", summary = "One nomination with its dossier and every transition taken")
    public NominationView get(@PathParam("id") UUID id) {
        return nominations.get(id);
    }

    @PUT
    @Path("/{id}/dossier")
    @RolesAllowed(Roles.AWARDS_OFFICER)
    @Operation(operationId = "updateDossier", summary = "Complete the dossier (K-8) while DRAFT or RETURNED")
    public NominationView updateDossier(@PathParam("id") UUID id, @Valid @NotNull Dossier dossier) {
        return nominations.updateDossier(id, dossier);
    }

    /** Either awards role reaches it; K-9 ({@link Action}) says which takes each action: the other gets 403 naming K-9. */
    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "transitionNomination",
            summary = "Take a transition of K-9 (submit, return, resubmit, check, appraise, council review, "
                    + "Party opinion, forward, reject); deciding and what follows are taken on decisions")
    public NominationView transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return nominations.transition(id, request);
    }

    /** The procedure of K-9 is public law, as the catalogue is. */
    @GET
    @Path("/workflow")
    @PermitAll
    @Operation(
            operationId = "getNominationWorkflow",
            summary = "The workflow of K-9 as data: each transition, its source and target states, its role")
    public List<TransitionRule> workflow() {
        return Arrays.stream(Action.values())
                .map(a -> new TransitionRule(a, a.from().stream().sorted().toList(), a.to(), a.role(), a.onDecision()))
                .toList();
    }

    /** One transition of K-9. */
    @Schema(name = "TransitionRule")
    public record TransitionRule(
            @Schema(example = "DECIDE") Action action,

            @Schema(example = "[\"COUNCIL_REVIEWED\", \"PARTY_OPINION\"]")
            List<NominationState> from,

            @Schema(example = "DECIDED") NominationState to,
            @Schema(example = "awards-approver") String role,

            @Schema(description = "Taken on a decision rather than on the nomination")
            boolean onDecision) {}
}
