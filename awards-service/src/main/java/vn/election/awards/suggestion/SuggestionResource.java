package vn.election.awards.suggestion;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.awards.nomination.NominationView;
import vn.election.events.access.Roles;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

/**
 * Reads need an awards role or the national council's ({@code nec}): suggestions are internal appraisals of
 * named bodies (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "Nominees suggested by measured performance, with their evidence")
public class SuggestionResource {

    private final SuggestionService suggestions;

    public SuggestionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(
            operationId = "listSuggestions",
            summary = "The standing suggestions of an election, a page at a time (keyset cursor)")
    public SuggestionRequests.Page active(
            @QueryParam("electionId") @NotNull UUID electionId,
            @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return suggestions.active(electionId, after, limit);
    }

    /** Turning a suggestion into a draft is drafting a dossier: the proposing body's (K-9). */
    @POST
    @Path("/{id}/nomination")
    @RolesAllowed(Roles.AWARDS_OFFICER)
    @Operation(
            operationId = "nominateSuggestion",
            summary = "Turn a suggestion into a DRAFT nomination in one call; its evidence is the achievement")
    @APIResponse(
            responseCode = "201",
            description = "Nominated",
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    @Idempotent
    public Response nominate(
            @PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SuggestionRequests.Nominate request) {
        NominationView created = suggestions.nominate(id, request);
        return Response.created(URI.create("/api/v1/nominations/" + created.id()))
                .entity(created)
                .build();
    }
}
