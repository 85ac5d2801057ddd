package vn.election.tally.exports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.election.tally.SmallElection;

/**
 * Exports of the results (M-5): NIST SP 1500-100 ERR v2 JSON and the CSV officials read. Commune 2's
 * council (1 seat, PA3, 600 voters): 500 took part, 490 valid + 10 invalid; candidate 1 has 300 (61.22 %)
 * and is elected (W-2), candidate 2 has 190 (38.78 %).
 */
@QuarkusTest
class ExportsTest {

    @Inject
    ObjectMapper json;

    @Test
    void theNistReportHasAContestPerUnitWithCountsAndTheBallotExtension_M5_W2() throws Exception {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);

        JsonNode report = json.readTree(given().get("/api/v1/elections/" + e.id + "/exports/nist-err.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString());
        assertEquals("ElectionResults.ElectionReport", report.get("@type").asText());
        assertEquals("summary-contest", report.get("Format").asText());
        assertEquals("unofficial-partial", report.get("Status").asText());
        assertEquals(false, report.get("IsTest").asBoolean(), "a real election (D-28)");
        JsonNode election = report.get("Election").get(0);
        assertEquals("2026-03-15", election.get("StartDate").asText());
        assertEquals(
                "Bầu cử thử nghiệm 2026",
                election.get("Name").get("Text").get(0).get("Content").asText());
        assertEquals(4, election.get("Contest").size());

        JsonNode contest = find(election.get("Contest"), "contest-" + e.commune2Unit.id());
        assertEquals("ElectionResults.CandidateContest", contest.get("@type").asText());
        assertEquals(1, contest.get("NumberElected").asInt());
        assertEquals(1, contest.get("VotesAllowed").asInt());
        assertEquals(1, contest.get("SubUnitsReported").asInt());
        assertEquals(1, contest.get("TotalSubUnits").asInt());
        assertEquals(
                "gpu-unit-" + e.commune2Unit.id(),
                contest.get("ElectoralDistrictId").asText());
        assertEquals(
                List.of("total:500:10", "vn-ballots-issued:500:null", "vn-valid-ballots:490:null"),
                StreamSupport.stream(contest.get("SummaryCounts").spliterator(), false)
                        .map(s -> (s.has("OtherType")
                                        ? s.get("OtherType").asText()
                                        : s.get("Type").asText()) + ":"
                                + s.get("BallotsCast").asLong() + ":"
                                + (s.has("BallotsRejected")
                                        ? s.get("BallotsRejected").asLong()
                                        : "null"))
                        .toList());
        assertEquals("VALID", identifier(contest, "vn-unit-status"));
        JsonNode selections = contest.get("BallotSelection");
        assertEquals(2, selections.size());
        assertEquals(
                300, selections.get(0).get("VoteCounts").get(0).get("Count").asInt());
        assertEquals(
                190, selections.get(1).get("VoteCounts").get(0).get("Count").asInt());
        String winner = selections.get(0).get("CandidateIds").get(0).asText();
        assertEquals(
                "winner",
                find(election.get("Candidate"), winner)
                        .get("PostElectionStatus")
                        .asText());
        assertTrue(!find(
                        election.get("Candidate"),
                        selections.get(1).get("CandidateIds").get(0).asText())
                .has("PostElectionStatus"));

        JsonNode gpUnits = report.get("GpUnit");
        assertEquals("country", find(gpUnits, "gpu-nation").get("Type").asText());
        assertEquals(List.of("gpu-admin-" + e.province), ids(find(gpUnits, "gpu-nation")));
        assertEquals(
                "state", find(gpUnits, "gpu-admin-" + e.province).get("Type").asText());
        assertEquals(List.of("gpu-pa-" + e.pa3), ids(find(gpUnits, "gpu-admin-" + e.commune2)));
        JsonNode unit = find(gpUnits, "gpu-unit-" + e.commune2Unit.id());
        assertEquals(List.of("gpu-pa-" + e.pa3), ids(unit));
        assertEquals(600, unit.get("VotersRegistered").asInt());
        assertEquals(500, unit.get("VotersParticipated").asInt());
        assertEquals("precinct", find(gpUnits, "gpu-pa-" + e.pa1).get("Type").asText());
        given().get("/api/v1/elections/" + UUID.randomUUID() + "/exports/nist-err.json")
                .then()
                .statusCode(404);
    }

    @Test
    void theCsvHasARowPerCandidateWithVietnameseHeaders_M5_M8() throws Exception {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);

        String body = given().queryParam("body", "COMMUNE_COUNCIL")
                .queryParam("administrativeUnit", e.commune2)
                .get("/api/v1/elections/" + e.id + "/exports/results.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertTrue(body.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords());
        assertEquals(2, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals("Đại biểu Hội đồng nhân dân xã", first.get("Cơ quan được bầu"));
        assertEquals("600", first.get("Tổng số cử tri"));
        assertEquals("83.33", first.get("Tỷ lệ cử tri đi bầu (%)"));
        assertEquals("490", first.get("Số phiếu hợp lệ"));
        assertEquals("10", first.get("Số phiếu không hợp lệ"));
        assertEquals("Ứng cử viên 1", first.get("Họ và tên người ứng cử"));
        assertEquals("300", first.get("Số phiếu bầu"));
        assertEquals("61.22", first.get("Tỷ lệ so với phiếu hợp lệ (%)"));
        assertEquals("Có", first.get("Trúng cử"));
        assertEquals("", first.get("Diễn tập"), "a real election (D-28)");
        assertEquals("Tạm thời", first.get("Kết quả"));
        assertEquals(
                List.of("190", "38.78", "Không"),
                List.of(
                        rows.get(1).get("Số phiếu bầu"),
                        rows.get(1).get("Tỷ lệ so với phiếu hợp lệ (%)"),
                        rows.get(1).get("Trúng cử")));

        // the whole election: the four units, the three with no minutes yet as one row each
        String all = given().get("/api/v1/elections/" + e.id + "/exports/results.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> everything = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(all.substring(1)))
                .getRecords();
        assertEquals(
                List.of(
                        "Đại biểu Quốc hội",
                        "Đại biểu Hội đồng nhân dân tỉnh",
                        "Đại biểu Hội đồng nhân dân xã",
                        "Đại biểu Hội đồng nhân dân xã",
                        "Đại biểu Hội đồng nhân dân xã"),
                everything.stream().map(r -> r.get("Cơ quan được bầu")).toList());
    }

    private static JsonNode find(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> id.equals(n.path("@id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static List<String> ids(JsonNode gpUnit) {
        return StreamSupport.stream(gpUnit.get("ComposingGpUnitIds").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static String identifier(JsonNode node, String otherType) {
        return StreamSupport.stream(node.get("ExternalIdentifier").spliterator(), false)
                .filter(i -> otherType.equals(i.path("OtherType").asText()))
                .findFirst()
                .orElseThrow()
                .get("Value")
                .asText();
    }
}
