package vn.election.tally.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;
import vn.election.events.Topics;
import vn.election.events.registry.CandidateListPublished;
import vn.election.tally.SmallElection;
import vn.election.testing.TestEvents;

/** The tally's read model of units, polling areas, voters and candidates, from the registry's events only. */
@QuarkusTest
class RegistryReadModelTest {

    @Inject
    ObjectMapper json;

    @Test
    void unitsKnowTheirSeatsPollingAreasVotersAndCandidates_PA4_EU2() {
        SmallElection e = SmallElection.define(json);

        given().get("/api/v1/elections/" + e.id + "/units/" + e.commune1Unit.id())
                .then()
                .statusCode(200)
                .body("body", equalTo("COMMUNE_COUNCIL"))
                .body("seats", equalTo(2))
                .body("administrativeUnitCode", equalTo(e.commune1))
                .body("pollingAreas.id", containsInAnyOrder(e.pa1.toString(), e.pa2.toString()))
                .body("pollingAreas.voters", contains(1000, 800))
                .body(
                        "candidates.id",
                        contains(e.commune1Unit.candidates().stream()
                                .map(UUID::toString)
                                .toArray()))
                .body("candidates[0].birthDate", equalTo("1960-01-01"));
        // the NA unit spans both communes: the same polling areas vote in one unit per body (PA-4)
        given().get("/api/v1/elections/" + e.id + "/units/" + e.na.id())
                .then()
                .body("pollingAreas.voters", containsInAnyOrder(1000, 800, 600));
        given().get("/api/v1/elections/" + e.id + "/units?body=PROVINCIAL_COUNCIL")
                .then()
                .body("id", contains(e.provincial.id().toString()));
    }

    @Test
    void aWithdrawalMarksTheCandidateAndALaterListReplacesTheEarlier() {
        SmallElection e = SmallElection.define(json);
        UUID leaving = e.provincial.candidate(4);

        e.withdraw(e.provincial, leaving, "Xin rút");
        assertEquals(
                List.of(false, false, false, false, true),
                e.unitView(e.provincial).getList("candidates.withdrawn"));

        // a name sent decomposed (NFD) is stored composed (NFC)
        String nfd = Normalizer.normalize("Trần Thị Hà", Normalizer.Form.NFD);
        UUID only = UUID.randomUUID();
        TestEvents.send(
                Topics.REGISTRY_CANDIDATES,
                e.id.toString(),
                UUID.randomUUID().toString(),
                CandidateListPublished.TYPE,
                write(new CandidateListPublished(
                        e.id,
                        e.commune2Unit.id(),
                        Body.COMMUNE_COUNCIL,
                        1,
                        List.of(new CandidateListPublished.Candidate(only, nfd, LocalDate.of(1980, 5, 1), "FEMALE")))));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> e.unitView(e.commune2Unit).getList("candidates").size() == 1);
        given().get("/api/v1/elections/" + e.id + "/units/" + e.commune2Unit.id())
                .then()
                .body("candidates[0].fullName", equalTo(Normalizer.normalize("Trần Thị Hà", Normalizer.Form.NFC)));
    }

    @Test
    void anUnknownUnitIs404() {
        given().get("/api/v1/elections/" + UUID.randomUUID() + "/units/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
