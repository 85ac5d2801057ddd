package vn.election.tally.results;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.security.Caller;
import vn.election.tally.election.PlaceTree;

@Path("/api/v1/elections/{electionId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Unit results",
        description = "Results of electoral units (kết quả bầu cử ở đơn vị bầu cử), winners, certification")
public class ResultsResource {

    private final ResultsService service;
    private final PlaceTree places;
    private final Caller caller;

    public ResultsResource(ResultsService service, PlaceTree places, Caller caller) {
        this.service = service;
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
}
