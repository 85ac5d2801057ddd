package vn.election.registry.candidate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Candidates (người ứng cử) and official candidate lists")
public class CandidateResource {

    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/candidates")
    @Operation(
            operationId = "fileCandidate",
            summary = "File a candidate in an electoral unit",
            description = "By the committee of the unit's administrative unit, or the National Election Council "
                    + "(C-7). Checks C-1 (age 21), C-4 (an NA central nominee is filed by the council only; a People's "
                    + "Council candidate lives or works inside the council's unit: residenceCode or workplaceCode) and "
                    + "C-5 (at most two People's Council levels, or the NA and one): a breach or a missing dossier "
                    + "field is a 422; a person who filed for this body already, a 409. A member of the unit's board "
                    + "or team is filed all the same, with the ORG-3 conflict shown (conflicts). Nothing is published "
                    + "until the unit's official list is.")
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @Idempotent
    public Response file(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewCandidate request,
            UriInfo uri) {
        CandidateView created = candidates.file(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @PermitAll
    @Path("/candidates/{candidateId}")
    @Operation(operationId = "getCandidate", summary = "One candidate with the dossier")
    public CandidateView get(@PathParam("electionId") UUID electionId, @PathParam("candidateId") UUID candidateId) {
        return candidates.get(electionId, candidateId);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/candidates/{candidateId}/withdrawal")
    @Operation(
            operationId = "withdrawCandidate",
            summary = "Withdraw a candidate before election day",
            description = "By the committee of the unit's administrative unit, or the National Election Council; "
                    + "409 if the candidate withdrew already or election day has come. Publishes CandidateWithdrawn on "
                    + "registry.candidates if the unit's official list was published; a list left below C-7 is flagged "
                    + "(belowMinimum).")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn; the unit's list as it now stands",
            content = @Content(schema = @Schema(implementation = CandidateListView.class)))
    public CandidateListView withdraw(
            @PathParam("electionId") UUID electionId,
            @PathParam("candidateId") UUID candidateId,
            @Valid @NotNull Withdrawal request) {
        return candidates.withdraw(electionId, candidateId, request.reason());
    }

    @GET
    @PermitAll
    @Path("/candidate-lists/women")
    @Operation(
            operationId = "getWomenOnCandidateLists",
            summary = "The share of women on a body's official candidate lists (C-8)",
            description = "Counts the candidates of published official lists who have not withdrawn; the National "
                    + "Assembly's target comes from the ruleset (35 % under 2026, 30 % under 2021). Public.")
    public WomenOnTheLists womenOnTheLists(
            @PathParam("electionId") UUID electionId,
            @QueryParam("body") @DefaultValue("NATIONAL_ASSEMBLY") Body body) {
        return candidates.womenOnTheLists(electionId, body);
    }

    @GET
    @PermitAll
    @Path("/electoral-units/{unitId}/candidate-list")
    @Operation(operationId = "getCandidateList", summary = "A unit's candidates and the state of its official list")
    public CandidateListView list(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId) {
        return candidates.listOf(electionId, unitId);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/electoral-units/{unitId}/candidate-list")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "publishCandidateList",
            summary = "Publish the unit's official candidate list",
            description = "By the committee of the unit's administrative unit, or the National Election Council "
                    + "(C-7). Only with at least the minimum number of candidates of C-7, and none still sitting on "
                    + "the unit's board or team (ORG-3), else 422. Publishes "
                    + "CandidateListPublished on registry.candidates; publishing again replaces the list.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content = @Content(schema = @Schema(implementation = CandidateListView.class)))
    public CandidateListView publish(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId) {
        return candidates.publishList(electionId, unitId);
    }
}
