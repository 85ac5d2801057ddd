package vn.election.tally.exports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.election.tally.SmallElection;

/**
 * D-28: a drill election, as the registry's {@code ElectionDefined} says, is marked as one in every answer of the
 * tally about it: the election, its published results (the nation's page and a unit's), the NIST report
 * ({@code IsTest}) and every row of the CSV (its last column). Commune 2's council: 500 of 600 voted, 490 valid.
 */
@QuarkusTest
class DrillMarkingTest {

    @Inject
    ObjectMapper json;

    @Test
    void everyAnswerAboutADrillSaysItIsOne_D28() throws Exception {
        SmallElection e = SmallElection.drill(json);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);

        given().get("/api/v1/elections/" + e.id).then().statusCode(200).body("drill", equalTo(true));
        given().get("/api/v1/elections/" + e.id + "/published")
                .then()
                .statusCode(200)
                .body("drill", equalTo(true));
        given().get("/api/v1/elections/" + e.id + "/published/units/" + e.commune2Unit.id())
                .then()
                .statusCode(200)
                .body("drill", equalTo(true))
                .body("totals.valid", equalTo(490));

        JsonNode report = json.readTree(given().get("/api/v1/elections/" + e.id + "/exports/nist-err.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(report.get("IsTest").asBoolean());

        String csv = given().queryParam("administrativeUnit", e.commune2)
                .get("/api/v1/elections/" + e.id + "/exports/results.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertEquals(2, rows.size());
        for (CSVRecord row : rows) {
            assertEquals("DIỄN TẬP", row.get("Diễn tập"));
        }
    }

    @Test
    void aRealElectionIsNotADrill_D28() {
        SmallElection e = SmallElection.define(json);
        given().get("/api/v1/elections/" + e.id).then().statusCode(200).body("drill", equalTo(false));
        given().get("/api/v1/elections/" + e.id + "/published")
                .then()
                .statusCode(200)
                .body("drill", equalTo(false));
    }
}
