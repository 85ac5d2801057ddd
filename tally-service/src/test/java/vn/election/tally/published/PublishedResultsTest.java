package vn.election.tally.published;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.tally.SmallElection;
import vn.election.tally.SseReader;

/**
 * Published results for the public: a unit's result (M-5) provisional until certified (W-8), progress
 * "X of Y polling areas", ETag / Last-Modified with 304, the changes cursor and the live stream.
 */
@QuarkusTest
class PublishedResultsTest {

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URL base;

    /**
     * Commune 2's council: 1 seat, 2 candidates, PA3 alone with 600 voters. 500 took part, 10 invalid:
     * 490 valid ballots each electing one (n_1 = 490); candidate 1 has 300 of 490 (61.22 %, over half,
     * W-2) and is elected; candidate 2 has 190 (38.78 %).
     */
    @Test
    void aUnitResultIsPublishedWithItsVersionAndIsProvisionalUntilCertified_M5_M8_W8() {
        SmallElection e = SmallElection.define(json);
        String path = "/api/v1/elections/" + e.id + "/published/units/" + e.commune2Unit.id();
        // nothing counted yet: the unit as it stands, version 0
        given().get(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("FIRST_COUNT"))
                .body("progress.pollingAreasReported", equalTo(0))
                .body("progress.pollingAreasTotal", equalTo(1));

        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);
        Response first = given().get(path);
        first.then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=5")
                .header("Last-Modified", notNullValue())
                .body("status", equalTo("VALID"))
                .body("reason", equalTo("W-2, W-3: 1 of 1 seat filled"))
                .body("provisional", equalTo(true))
                .body("progress.pollingAreasReported", equalTo(1))
                .body("totals.turnoutPercent", equalTo(83.33f))
                .body("candidates.votes", contains(300, 190))
                .body("candidates.percentOfValid", contains(61.22f, 38.78f))
                .body("candidates.elected", contains(true, false));
        String etag = first.header("ETag");
        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=5");
        given().header("If-Modified-Since", first.header("Last-Modified"))
                .get(path)
                .then()
                .statusCode(304);

        e.certify(e.commune2Unit).statusCode(200);
        Response certified = given().header("If-None-Match", etag).get(path);
        certified.then().statusCode(200).body("status", equalTo("FINAL")).body("provisional", equalTo(false));
        assertNotEquals(etag, certified.header("ETag"));
    }

    /**
     * The province lists its NA and provincial council units and its communes' council units: 4 units, 3
     * polling areas for each of NA and provincial council, 2 + 1 for the communes' councils.
     */
    @Test
    void progressOfXOfYPollingAreasPerBodyAndUnitsPageByKeyset_M5() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);

        String province = "/api/v1/elections/" + e.id + "/published/administrative-units/" + e.province;
        Response page1 = given().queryParam("limit", 3).get(province);
        page1.then()
                .statusCode(200)
                .body("administrativeUnitName", equalTo("Tỉnh Thử nghiệm"))
                .body("bodies.body", contains("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"))
                .body("bodies.units", contains(1, 1, 2))
                .body("bodies.unitsReporting", contains(1, 0, 1))
                .body("bodies.unitsDetermined", contains(0, 0, 1))
                .body("bodies.pollingAreasReported", contains(1, 0, 1))
                .body("bodies.pollingAreasTotal", contains(3, 3, 3))
                .body("bodies.seats", contains(2, 3, 3))
                .body("bodies.elected", contains(0, 0, 1))
                .body("bodies.provisional", contains(true, true, true))
                // published units only, in the order body, administrative unit, number
                .body("units.body", contains("NATIONAL_ASSEMBLY", "COMMUNE_COUNCIL"))
                .body("nextCursor", nullValue());
        Response oneByOne = given().queryParam("limit", 1).get(province);
        oneByOne.then().body("units.unitId", contains(e.na.id().toString()));
        given().queryParam("limit", 1)
                .queryParam("after", oneByOne.path("nextCursor").toString())
                .get(province)
                .then()
                .body("units.unitId", contains(e.commune2Unit.id().toString()))
                .body("nextCursor", nullValue());

        given().get("/api/v1/elections/" + e.id + "/published/administrative-units/" + e.commune1)
                .then()
                .body("bodies.body", contains("COMMUNE_COUNCIL"))
                .body("bodies.pollingAreasTotal", contains(2))
                .body("units", empty());
        given().get("/api/v1/elections/" + e.id + "/published/bodies/NATIONAL_ASSEMBLY")
                .then()
                .statusCode(200)
                .body("bodies", hasSize(1))
                .body("bodies[0].pollingAreasReported", equalTo(1))
                .body("units.unitId", contains(e.na.id().toString()));
        given().get("/api/v1/elections/" + e.id + "/published")
                .then()
                .statusCode(200)
                .body("bodies.pollingAreasReported", contains(1, 0, 1))
                .body("bodies[0].turnoutPercent", equalTo(90.00f))
                .body("units", nullValue());
        given().get("/api/v1/elections/" + UUID.randomUUID() + "/published")
                .then()
                .statusCode(404);
    }

    @Test
    void sinceACursorOnlyTheUnitsThatChangedAreReturned_M5() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);
        long cursor = given().get("/api/v1/elections/" + e.id + "/published")
                .then()
                .extract()
                .jsonPath()
                .getLong("cursor");
        String changes = "/api/v1/elections/" + e.id + "/published/changes";
        given().queryParam("since", 0)
                .get(changes)
                .then()
                .body("units.unitId", contains(e.commune2Unit.id().toString()))
                .body("cursor", equalTo((int) cursor));

        // PA1 reports for the NA and for commune 1's council: those two units change, nothing else
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa1, e.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180))
                .statusCode(201);
        Response changed = given().queryParam("since", cursor).get(changes);
        changed.then()
                .statusCode(200)
                .body("since", equalTo((int) cursor))
                .body(
                        "units.unitId",
                        contains(e.na.id().toString(), e.commune1Unit.id().toString()))
                .body("more", equalTo(false));
        long next = changed.jsonPath().getLong("cursor");
        assertTrue(next > cursor);
        given().queryParam("since", next)
                .get(changes)
                .then()
                .body("units", empty())
                .body("cursor", equalTo((int) next));
        given().queryParam("since", cursor)
                .queryParam("limit", 1)
                .get(changes)
                .then()
                .body("units.unitId", contains(e.na.id().toString()))
                .body("more", equalTo(true));
        given().queryParam("since", -1).get(changes).then().statusCode(422);
    }

    @Test
    void theStreamSendsEachChangeAfterCommit_M5() throws Exception {
        SmallElection e = SmallElection.define(json);
        try (SseReader stream = new SseReader(URI.create(base + "api/v1/elections/" + e.id + "/published/stream"))) {
            SseReader.Event ready =
                    stream.next(Duration.ofSeconds(30), ev -> ev.name().equals("ready"));
            long cursor = json.readTree(ready.data()).get("cursor").asLong();

            e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                    .statusCode(201);
            SseReader.Event change =
                    stream.next(Duration.ofSeconds(30), ev -> ev.name().equals("unit-result"));
            JsonNode result = json.readTree(change.data());
            assertEquals(e.commune2Unit.id().toString(), result.get("unitId").asText());
            assertEquals("VALID", result.get("status").asText());
            assertEquals(300, result.get("candidates").get(0).get("votes").asInt());
            assertTrue(Long.parseLong(change.id()) > cursor);

            // a rejected submission changes nothing, so it sends nothing; the next accepted one does
            e.submit(e.minutes(e.pa1, e.na, 1200, 0, List.of(1200), 1200, 0, 0, 0))
                    .statusCode(422);
            e.certify(e.commune2Unit).statusCode(200);
            JsonNode certified = json.readTree(
                    stream.next(Duration.ofSeconds(30), ev -> ev.name().equals("unit-result"))
                            .data());
            assertEquals("FINAL", certified.get("status").asText());
        }
    }
}
