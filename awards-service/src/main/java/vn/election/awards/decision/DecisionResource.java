package vn.election.awards.decision;

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
import vn.election.awards.decision.DecisionRequests.Conferral;
import vn.election.awards.decision.DecisionRequests.NewDecision;
import vn.election.awards.decision.DecisionRequests.Publication;
import vn.election.awards.decision.DecisionRequests.Revocation;
import vn.election.awards.nomination.Action;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

/**
 * Reads need an awards role or the national council's ({@code nec}): a decision is published on paper by its
 * issuer, but its view here also carries revocations with their grounds (fraud, forged papers, K-12) and prize
 * money: personal data this service does not publish (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Decisions on commendation (quyết định khen thưởng), conferral, revocation")
public class DecisionResource {

    private final DecisionService decisions;

    public DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Either awards role reaches it; K-9 ({@link Action#DECIDE}) says which takes it: the other gets 403 naming K-9. */
    @POST
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "recordDecision",
            summary = "Decide: number a signed decision for its issuer and year (K-10), within the quotas (K-7); "
                    + "publishes AwardDecided")
    @APIResponse(
            responseCode = "201",
            description = "Decided",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @Idempotent
    public Response decide(
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewDecision request,
            @Context UriInfo uri) {
        DecisionView created = decisions.decide(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "One decision with the nominees it lists")
    public DecisionView get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }

    /** Either awards role reaches it; K-9 ({@link Action#PUBLISH}) says which takes it: the other gets 403 naming K-9. */
    @POST
    @Path("/{id}/publication")
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "publishDecision",
            summary = "Record that the decision was sent out and the money paid (K-9 PUBLISHED)")
    public DecisionView publish(@PathParam("id") UUID id, @Valid @NotNull Publication request) {
        return decisions.publish(id, request);
    }

    /** Either awards role reaches it; K-9 ({@link Action#CONFER}) says which takes it: the other gets 403 naming K-9. */
    @POST
    @Path("/{id}/conferrals")
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "conferAward",
            summary = "Record the handing over to one nominee (K-9 CONFERRED); publishes AwardConferred")
    public DecisionView confer(@PathParam("id") UUID id, @Valid @NotNull Conferral request) {
        return decisions.confer(id, request);
    }

    /** Either awards role reaches it; K-9 ({@link Action#REVOKE}) says which takes it: the other gets 403 naming K-9. */
    @POST
    @Path("/{id}/revocations")
    @RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER})
    @Operation(
            operationId = "revokeAward",
            summary = "Revoke one nominee's award and recover it (K-12); publishes AwardRevoked")
    public DecisionView revoke(@PathParam("id") UUID id, @Valid @NotNull Revocation request) {
        return decisions.revoke(id, request);
    }
}
