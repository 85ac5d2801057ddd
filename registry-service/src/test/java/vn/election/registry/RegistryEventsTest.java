package vn.election.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;
import vn.election.testing.TestEvents;

/**
 * Every kind of event the registry produces reaches the real broker through the outbox, carrying what
 * the tally and awards services need (no personal data of voters).
 */
@QuarkusTest
class RegistryEventsTest {

    @Test
    void everyKindOfRegistryEventIsPublished() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .body("citizen_id,full_name,birth_date,category\n008000000001,Bí Mật Riêng Tư,1970-01-01,PERMANENT\n")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200);
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voter-list/finalization")
                .then()
                .statusCode(200);
        String unit = TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 2, 1, s.communeCode());
        String first = candidate(s.electionId(), unit, s.communeCode(), "008000000002");
        candidate(s.electionId(), unit, s.communeCode(), "008000000003");
        candidate(s.electionId(), unit, s.communeCode(), "008000000004");
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list")
                .then()
                .statusCode(200);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Sức khỏe\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates/" + first + "/withdrawal")
                .then()
                .statusCode(200);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"ELECTION_TEAM\", \"name\": \"Tổ bầu cử số 1\", \"pollingAreaId\": \"" + area
                        + "\", \"members\": [{\"citizenId\": \"008000000099\", \"fullName\": \"Tổ Trưởng\", \"role\": \"Tổ trưởng\", "
                        + "\"birthDate\": \"1970-01-01\", \"workplace\": \"UBND xã\"}]}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/organizations")
                .then()
                .statusCode(201);

        Set<String> structure = Set.of(
                ElectionDefined.TYPE,
                ElectoralUnitDefined.TYPE,
                PollingAreaDefined.TYPE,
                VoterListFinalized.TYPE,
                OrganizationDefined.TYPE);
        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(60),
                seen -> types(seen, r -> s.electionId().equals(r.key())).containsAll(structure)
                        && types(seen, r -> s.communeCode().equals(r.key())).contains(AdministrativeUnitDefined.TYPE));
        Set<String> seen = types(records, r -> s.electionId().equals(r.key()));
        assertTrue(seen.containsAll(structure), "structure events of the election: " + seen);
        assertTrue(types(records, r -> s.communeCode().equals(r.key())).contains(AdministrativeUnitDefined.TYPE));
        String counts = records.stream()
                .filter(r -> VoterListFinalized.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(area))
                .findFirst()
                .orElseThrow()
                .value();
        assertTrue(
                counts.contains("\"votersByBody\":{\"NATIONAL_ASSEMBLY\":1,\"PROVINCIAL_COUNCIL\":1,"
                        + "\"COMMUNE_COUNCIL\":1}"),
                counts);
        assertTrue(!counts.contains("Bí Mật") && !counts.contains("008000000001"), "no personal data: " + counts);

        List<ConsumerRecord<String, String>> candidateRecords = TestEvents.readUntil(
                Topics.REGISTRY_CANDIDATES,
                Duration.ofSeconds(60),
                all -> types(all, r -> s.electionId().equals(r.key()))
                        .containsAll(Set.of(CandidateListPublished.TYPE, CandidateWithdrawn.TYPE)));
        Set<String> candidateTypes = types(candidateRecords, r -> s.electionId().equals(r.key()));
        assertTrue(
                candidateTypes.containsAll(Set.of(CandidateListPublished.TYPE, CandidateWithdrawn.TYPE)),
                "candidate events: " + candidateTypes);
    }

    private static Set<String> types(
            List<ConsumerRecord<String, String>> records, Predicate<ConsumerRecord<String, String>> which) {
        return records.stream()
                .filter(which)
                .map(r -> TestEvents.header(r, CloudEventHeaders.TYPE))
                .collect(Collectors.toSet());
    }

    private static String candidate(String election, String unit, String residenceCode, String citizenId) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "Ứng Viên %s",
                         "birthDate": "1970-02-14", "gender": "FEMALE", "ethnicity": "Kinh", "religion": "Không",
                         "hometown": "Hà Nam", "residence": "Hà Nam", "education": "Đại học", "occupation": "Giáo viên",
                         "workplace": "Trường THCS", "partyMember": true, "nomination": "NOMINATED",
                         "biography": "Giáo viên.", "residenceCode": "%s"}""".formatted(unit, citizenId, citizenId, residenceCode))
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
