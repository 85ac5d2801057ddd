package vn.election.registry.voter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.registry.VoterListFinalized;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestEvents;

/**
 * The counts the tally checks minutes against (D-18): published when a list is finalized, and published again,
 * with a higher version (D-20), in the transaction of each V-9 or V-10 change of a finalized list.
 *
 * <p>The list: 1,999 permanent residents and 1 temporary resident under 12 months, so 2,000 voters for the NA and
 * the provincial council and 1,999 for the commune council (V-6, 2026).
 */
@QuarkusTest
class VoterListCountsTest {

    private static final String HEADER = "citizen_id,full_name,birth_date,category,exclusion\n";

    @Inject
    ObjectMapper json;

    @Test
    void aMoveOutAfterFinalizationPublishesTheNewCountsWithTheNextVersion_V9_D20() throws Exception {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, false);
        StringBuilder csv = new StringBuilder(HEADER);
        String leaving = VoterListTest.nextId();
        csv.append(leaving).append(",Chuyển Đi,1970-01-01,PERMANENT,\n");
        for (int i = 1; i < 1_999; i++) {
            csv.append(VoterListTest.nextId()).append(",Thường Trú,1970-01-01,PERMANENT,\n");
        }
        csv.append(VoterListTest.nextId()).append(",Tạm Trú Ngắn,1970-01-01,TEMPORARY_SHORT,\n");
        VoterListTest.importArea(s, area, csv.toString(), false).statusCode(200).body("accepted", equalTo(2_000));
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voter-list/finalization")
                .then()
                .statusCode(200)
                .body("votersByBody.NATIONAL_ASSEMBLY", equalTo(2_000))
                .body("votersByBody.COMMUNE_COUNCIL", equalTo(1_999));

        // V-9: a permanent resident moves away after the list was finalized
        given().header(Tokens.NEC)
                .when()
                .delete("/api/v1/elections/" + s.electionId() + "/voters/" + leaving)
                .then()
                .statusCode(204);

        List<JsonNode> published = countsOf(area, 2);
        assertEquals(1, published.get(0).get("version").asLong());
        assertEquals(
                Map.of("NATIONAL_ASSEMBLY", 2_000, "PROVINCIAL_COUNCIL", 2_000, "COMMUNE_COUNCIL", 1_999),
                byBody(published.get(0)));
        assertEquals(2, published.get(1).get("version").asLong());
        assertEquals(
                Map.of("NATIONAL_ASSEMBLY", 1_999, "PROVINCIAL_COUNCIL", 1_999, "COMMUNE_COUNCIL", 1_998),
                byBody(published.get(1)));
    }

    @Test
    void aTransferPublishesBothFinalizedListsAgain_V10_D20() throws Exception {
        TestData.Structure s = TestData.structure2026();
        String origin = s.pollingArea(1, true);
        String destination = s.pollingArea(2, true);
        String mover = VoterListTest.nextId();
        VoterListTest.importArea(
                        s,
                        origin,
                        HEADER + mover + ",Đi Xa,1970-01-01,,\n" + VoterListTest.nextId() + ",Ở Nhà,1970-01-01,,\n",
                        false)
                .statusCode(200);
        VoterListTest.importArea(s, destination, HEADER + VoterListTest.nextId() + ",Ở Đây,1970-01-01,,\n", false)
                .statusCode(200);
        for (String area : List.of(origin, destination)) {
            given().header(Tokens.NEC)
                    .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voter-list/finalization")
                    .then()
                    .statusCode(200);
        }

        given().header(Tokens.NEC)
                .contentType("application/json")
                .body("{\"toPollingAreaId\": \"" + destination + "\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters/" + mover + "/transfer")
                .then()
                .statusCode(200);

        JsonNode originNow = countsOf(origin, 2).get(1);
        assertEquals(2, originNow.get("version").asLong());
        assertEquals(Map.of("NATIONAL_ASSEMBLY", 1, "PROVINCIAL_COUNCIL", 1, "COMMUNE_COUNCIL", 1), byBody(originNow));
        JsonNode destinationNow = countsOf(destination, 2).get(1);
        assertEquals(2, destinationNow.get("version").asLong());
        // V-10: the newcomer votes NA and province here, not commune
        assertEquals(
                Map.of("NATIONAL_ASSEMBLY", 2, "PROVINCIAL_COUNCIL", 2, "COMMUNE_COUNCIL", 1), byBody(destinationNow));
    }

    /** The area's first {@code count} VoterListFinalized payloads, in the order the registry published them. */
    private List<JsonNode> countsOf(String area, int count) throws Exception {
        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(60),
                seen -> ofArea(seen, area).size() >= count);
        List<ConsumerRecord<String, String>> mine = ofArea(records, area);
        assertEquals(count, mine.size(), "VoterListFinalized events of " + area);
        return mine.stream().map(r -> read(r.value())).toList();
    }

    private static List<ConsumerRecord<String, String>> ofArea(
            List<ConsumerRecord<String, String>> records, String area) {
        return records.stream()
                .filter(r -> VoterListFinalized.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"pollingAreaId\":\"" + area + "\""))
                .toList();
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> byBody(JsonNode event) {
        return json.convertValue(
                event.get("votersByBody"),
                json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
    }
}
