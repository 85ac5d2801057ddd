package vn.election.tally.results;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.kit.problem.Problem;

@Path("/api/v1/elections/{electionId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit results", description = "Results of electoral units (kết quả bầu cử ở đơn vị bầu cử), winners, certification")
public class ResultsResource {

    private final ResultsService service;

    public ResultsResource(ResultsService service) {
        this.service = service;
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Roll-up per body of the whole election (M-7) or of one province (M-6)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    public SummaryView summary(@PathParam("electionId") UUID electionId,
            @Parameter(description = "A province code; none for the nation", example = "06")
            @QueryParam("province") String province) {
        return service.summary(electionId, province);
    }

    @GET
    @Path("/units/{unitId}")
    @Operation(summary = "A unit's result: figures, percentages, winners, state and progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitResultView.class)))
    public UnitResultView unit(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId) {
        return service.unit(electionId, unitId);
    }

    @POST
    @Path("/units/{unitId}/certification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Certify a unit's result", description = "Locks the result (state FINAL); publishes "
            + "UnitResultCertified. The board's figures, when sent, must equal the sums of the minutes (CK-7).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitResultView.class)))
    @APIResponse(responseCode = "409", description = "Already certified, or not determined yet (W-8)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The board's figures differ from the sums (CK-7)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitResultView certify(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId,
            @Valid CertificationRequest request) {
        return service.certify(electionId, unitId, request);
    }
}
