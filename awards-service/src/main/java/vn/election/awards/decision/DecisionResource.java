package vn.election.awards.decision;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.awards.decision.DecisionRequests.Conferral;
import vn.election.awards.decision.DecisionRequests.NewDecision;
import vn.election.awards.decision.DecisionRequests.Publication;
import vn.election.awards.decision.DecisionRequests.Revocation;
import vn.election.kit.idempotency.IdempotentRequests;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Decisions on commendation (quyết định khen thưởng), conferral, revocation")
public class DecisionResource {

    private final DecisionService decisions;
    private final IdempotentRequests idempotent;

    public DecisionResource(DecisionService decisions, IdempotentRequests idempotent) {
        this.decisions = decisions;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(summary = "Decide: number a signed decision for its issuer and year (K-10), within the quotas (K-7); "
            + "publishes AwardDecided")
    public Response decide(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewDecision request) {
        return idempotent.run("decisions", idempotencyKey, request, () -> {
            DecisionView created = decisions.decide(request);
            return Response.created(URI.create("/api/v1/decisions/" + created.id())).entity(created).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decision with the nominees it lists")
    public DecisionView get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Record that the decision was sent out and the money paid (K-9 PUBLISHED)")
    public DecisionView publish(@PathParam("id") UUID id, @Valid @NotNull Publication request) {
        return decisions.publish(id, request);
    }

    @POST
    @Path("/{id}/conferrals")
    @Operation(summary = "Record the handing over to one nominee (K-9 CONFERRED); publishes AwardConferred")
    public DecisionView confer(@PathParam("id") UUID id, @Valid @NotNull Conferral request) {
        return decisions.confer(id, request);
    }

    @POST
    @Path("/{id}/revocations")
    @Operation(summary = "Revoke one nominee's award and recover it (K-12); publishes AwardRevoked")
    public DecisionView revoke(@PathParam("id") UUID id, @Valid @NotNull Revocation request) {
        return decisions.revoke(id, request);
    }
}
