package vn.election.tally.exports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;

// The exports hold the published results only, in the formats partner systems and the media read.
@PermitAll
@Path("/api/v1/elections/{electionId}/exports")
@Tag(name = "Exports", description = "Results for partner systems and officials: NIST SP 1500-100 JSON and CSV")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final NistResultsReport nist;
    private final ResultsCsv csv;
    private final KnownElectionRepository elections;

    public ExportResource(NistResultsReport nist, ResultsCsv csv, KnownElectionRepository elections) {
        this.nist = nist;
        this.csv = csv;
        this.elections = elections;
    }

    @GET
    @Path("/nist-err.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportNistResults",
            summary = "The election's results in NIST SP 1500-100 Election Results Reporting v2 JSON",
            description = "Summary-contest level: one CandidateContest per electoral unit and body, GpUnits for the "
                    + "nation, administrative units, electoral units and polling areas. Ballots issued, valid and "
                    + "invalid are SummaryCounts (OtherType vn-ballots-issued, vn-valid-ballots; BallotsRejected); "
                    + "the W-8 state is an ExternalIdentifier vn-unit-status.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = """
                    {"@type": "ElectionResults.ElectionReport", "Format": "summary-contest",
                     "GeneratedDate": "2026-03-16T08:00:00+07:00", "Issuer": "Hội đồng Bầu cử quốc gia",
                     "IssuerAbbreviation": "HĐBCQG", "SequenceStart": 1, "SequenceEnd": 1,
                     "Status": "unofficial-partial", "VendorApplicationId": "vn.election tally-service 1.0",
                     "Election": [{"@type": "ElectionResults.Election", "Type": "general", "StartDate": "2026-03-15",
                       "EndDate": "2026-03-15", "ElectionScopeId": "gpu-nation", "Contest": [
                       {"@type": "ElectionResults.CandidateContest", "@id": "contest-…", "NumberElected": 3,
                        "VotesAllowed": 3, "ElectoralDistrictId": "gpu-unit-…", "SubUnitsReported": 259,
                        "TotalSubUnits": 259, "SummaryCounts": [{"@type": "ElectionResults.SummaryCounts",
                        "Type": "other", "OtherType": "vn-ballots-issued", "BallotsCast": 215488}]}]}],
                     "GpUnit": [{"@type": "ElectionResults.ReportingUnit", "@id": "gpu-nation", "Type": "country",
                       "Name": "Việt Nam"}]}""")))
    public ObjectNode nist(@PathParam("electionId") UUID electionId) {
        return nist.of(electionId);
    }

    @GET
    @Path("/results.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportResultsCsv",
            summary = "Results per electoral unit as CSV (Vietnamese headers)",
            description = "One row per candidate of each unit with the unit's figures, UTF-8 with a byte-order mark.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = CSV,
                            examples =
                                    @ExampleObject(
                                            name = "rows",
                                            value =
                                                    "Mã đơn vị hành chính,Cơ quan được bầu,Đơn vị bầu cử số,...,Họ và tên người ứng cử,Số phiếu bầu,"
                                                            + "Tỷ lệ so với phiếu hợp lệ (%),Trúng cử\n35,Đại biểu Quốc hội,1,...,Nguyễn Thị Lan,160231,75.22,Có")))
    public Response csv(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Only this body") @QueryParam("body") Body body,
            @Parameter(description = "Only this province or commune (and the units below it)", example = "35")
                    @QueryParam("administrativeUnit")
                    String administrativeUnit) {
        KnownElection election = elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
        return Response.ok(csv.of(electionId, election.drill(), body, administrativeUnit))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ket-qua-bau-cu-" + electionId + ".csv\"")
                .build();
    }
}
