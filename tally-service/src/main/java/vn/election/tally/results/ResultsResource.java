package vn.election.tally.results;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.security.Caller;
import vn.election.tally.election.PlaceTree;

@Path("/api/v1/elections/{electionId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Unit results",
        description = "Results of electoral units (kết quả bầu cử ở đơn vị bầu cử), winners, certification")
public class ResultsResource {

    private final ResultsService service;
    private final SecondRounds secondRounds;
    private final PlaceTree places;
    private final Caller caller;

    public ResultsResource(ResultsService service, SecondRounds secondRounds, PlaceTree places, Caller caller) {
        this.service = service;
        this.secondRounds = secondRounds;
        this.places = places;
        this.caller = caller;
    }

    // The figures of units, provinces and the nation are public on election night, provisional until
    // certified: the same figures as /published, without its caching, for officials' screens and anyone.
    @GET
    @Path("/summary")
    @PermitAll
    @Operation(
            operationId = "getResultsSummary",
            summary = "Roll-up per body of the whole election (M-7) or of one province (M-6)")
    public SummaryView summary(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "A province code; none for the nation", example = "06") @QueryParam("province")
                    String province) {
        return service.summary(electionId, province);
    }

    @GET
    @Path("/units/{unitId}")
    @PermitAll
    @Operation(
            operationId = "getUnitResult",
            summary = "A unit's result: figures, percentages, winners, state and progress")
    public UnitResultView unit(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId) {
        return service.unit(electionId, unitId);
    }

    @POST
    @Path("/units/{unitId}/certification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "certifyUnitResult",
            summary = "Certify a unit's result",
            description = "By the competent committee: one whose administrative unit holds the unit's (the "
                    + "province's committee for NA and provincial council units), or the council; not by the unit's "
                    + "board, whose figures it checks. Locks the result (state FINAL); publishes UnitResultCertified. "
                    + "The board's figures, when sent, must equal the sums of the minutes (CK-7, else 422). A unit "
                    + "certified already, or not determined yet (W-8), is a 409.")
    public UnitResultView certify(
            @PathParam("electionId") UUID electionId,
            @PathParam("unitId") UUID unitId,
            @Valid CertificationRequest request) {
        caller.requireWithin(Jurisdiction.electoralUnit(unitId), places.hierarchy());
        return service.certify(electionId, unitId, request);
    }

    @POST
    @Path("/units/{unitId}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "openSecondRound",
            summary = "Open the bầu thêm or bầu lại a unit's first round called for",
            description = "By the competent body (D-9): the council for an NA unit, on the provincial committee's "
                    + "proposal (its reference recorded); for a council unit a committee whose administrative unit "
                    + "is or contains the unit's; anyone else is a 403. The unit must be NEEDS_ADDITIONAL_ELECTION "
                    + "or NEEDS_REPEAT_ELECTION in round 1, else 409 (W-8: one second round). The date lies after "
                    + "election day and at the latest the ruleset's last day (15 days), else 422 naming W-5 or W-6. "
                    + "Seats and ballot follow the law (D-8): a bầu thêm fills the seats left empty among the first "
                    + "list's candidates not elected (W-5); a bầu lại all seats with the same list (W-6). From now "
                    + "on the unit's minutes are those of round 2 (D-7). Publishes SecondRoundOpened.")
    @APIResponse(
            responseCode = "201",
            description = "The round opened, with its ballot",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    public Response openSecondRound(
            @PathParam("electionId") UUID electionId,
            @PathParam("unitId") UUID unitId,
            @Valid @NotNull SecondRoundRequest request,
            @Context UriInfo uri) {
        RoundView opened = secondRounds.open(electionId, unitId, request);
        return Responses.created(uri, opened.round(), opened);
    }

    @GET
    @Path("/units/{unitId}/rounds/{round}")
    @PermitAll
    @Operation(
            operationId = "getUnitRound",
            summary = "A unit's round and its ballot: round 1, or the second round once opened (D-8)")
    public RoundView round(
            @PathParam("electionId") UUID electionId,
            @PathParam("unitId") UUID unitId,
            @Parameter(description = "1, or 2 once opened", example = "2") @PathParam("round") int round) {
        return secondRounds.round(electionId, unitId, round);
    }

    @POST
    @Path("/units/{unitId}/tie-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "decideTie",
            summary = "Decide a tie at the last seat between candidates born on the same day",
            description = "By the competent body (D-9), as for opening a second round. The unit must be "
                    + "NEEDS_TIE_DECISION (W-4, D-6), else 409; the candidates are as many as the seats left, "
                    + "all among the tied, else 422 naming D-6. The round then takes the state it would have had "
                    + "with them and can be certified. Publishes TieDecided and UnitResultDetermined.")
    public UnitResultView decideTie(
            @PathParam("electionId") UUID electionId,
            @PathParam("unitId") UUID unitId,
            @Valid @NotNull TieDecisionRequest request) {
        return secondRounds.decideTie(electionId, unitId, request);
    }
}
