package vn.election.registry.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.access.Roles;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * C-4: where a dossier is filed and where a People's Council candidate lives or works; C-5 found after filing
 * (D-32): struck from every list before election day, recognized at no level from election day on.
 */
@QuarkusTest
class FilingPlaceAndLevelsTest {

    private static final LocalDate BORN = LocalDate.parse("1975-08-19");
    /** Midnight opening election day 2031-05-04, Vietnam time: the vote has begun. */
    private static final OffsetDateTime ELECTION_DAY_STARTS = OffsetDateTime.parse("2031-05-04T00:00:00+07:00");

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    @Test
    void aCouncilCandidateLivesOrWorksInsideTheCouncilsUnit_C4() {
        TestData.Structure s = TestData.structure2026();
        String elsewhere = TestData.commune("Xã Khác", TestData.province("Tỉnh Khác"));
        String neighbour = TestData.commune("Xã Bên Cạnh", s.provinceCode());

        // neither where they live nor where they work: refused
        file(s.electionId(), places(s.communeUnit(), null, null))
                .statusCode(422)
                .body("errors[0].field", equalTo("residenceCode"))
                .body("errors[0].code", equalTo("C-4"));
        // living in another province's commune: refused
        file(s.electionId(), places(s.communeUnit(), elsewhere, null))
                .statusCode(422)
                .body("errors[0].code", equalTo("C-4"));
        // living in the neighbouring commune of the same province: not in this commune, refused
        file(s.electionId(), places(s.communeUnit(), neighbour, null))
                .statusCode(422)
                .body("errors[0].code", equalTo("C-4"));
        // living elsewhere but working in the commune: accepted
        file(s.electionId(), places(s.communeUnit(), elsewhere, s.communeCode()))
                .statusCode(201)
                .body("residenceCode", equalTo(elsewhere))
                .body("workplaceCode", equalTo(s.communeCode()));
        // the neighbouring commune lies in the province: a provincial council candidate may live there
        file(s.electionId(), places(s.provincialUnit(), neighbour, null)).statusCode(201);
        // an unknown administrative unit is no place at all
        file(s.electionId(), places(s.communeUnit(), "99999", null))
                .statusCode(422)
                .body("errors.code", equalTo(List.of("UnknownAdministrativeUnit")));
        // an NA candidate may stand anywhere
        file(s.electionId(), places(s.nationalUnit(), elsewhere, null)).statusCode(201);
    }

    @Test
    void aCentralNomineeFilesAtTheNationalElectionCouncil_C4_D30() {
        TestData.Structure s = TestData.structure2026();
        Header province = Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode());

        // at the provincial committee: local nominees and the self-nominated, not a central agency's nominee
        file(province, s.electionId(), central(s.nationalUnit(), true, "NOMINATED"))
                .statusCode(422)
                .body("errors[0].field", equalTo("centralNominee"))
                .body("errors[0].code", equalTo("C-4"));
        file(province, s.electionId(), central(s.nationalUnit(), false, "NOMINATED"))
                .statusCode(201)
                .body("centralNominee", equalTo(false));
        file(province, s.electionId(), central(s.nationalUnit(), false, "SELF_NOMINATED"))
                .statusCode(201);
        // at the council: the central nominee
        file(Tokens.NEC, s.electionId(), central(s.nationalUnit(), true, "NOMINATED"))
                .statusCode(201)
                .body("centralNominee", equalTo(true));
        // nobody nominates a self-nominated candidate, and councils have no central nominees
        file(Tokens.NEC, s.electionId(), central(s.nationalUnit(), true, "SELF_NOMINATED"))
                .statusCode(422)
                .body("errors[0].code", equalTo("C-4"));
        file(Tokens.NEC, s.electionId(), central(s.provincialUnit(), true, "NOMINATED"))
                .statusCode(422)
                .body("errors[0].field", equalTo("centralNominee"))
                .body("errors[0].code", equalTo("C-4"));
    }

    @Test
    void aLevelsBreachFoundBeforeElectionDayStrikesThePersonFromEveryList_C5_D32() {
        Lists l = twoPublishedLists();

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(finding(l.person()))
                .when()
                .post("/api/v1/elections/" + l.s().electionId() + "/level-violations")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("withdrawnAt", everyItem(notNullValue()))
                .body("withdrawalReason", everyItem(equalTo("C-5: Cũng ứng cử HĐND xã tại tỉnh khác")))
                .body("notRecognizedAt", everyItem(nullValue()));
        // both lists lost a candidate and fell below C-7
        for (String unit : List.of(l.national(), l.provincial())) {
            given().when()
                    .get("/api/v1/elections/" + l.s().electionId() + "/electoral-units/" + unit + "/candidate-list")
                    .then()
                    .statusCode(200)
                    .body("belowMinimum", equalTo(true));
        }
        // the person stands nowhere now
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(finding(l.person()))
                .when()
                .post("/api/v1/elections/" + l.s().electionId() + "/level-violations")
                .then()
                .statusCode(404);
    }

    @Test
    void aLevelsBreachFoundFromElectionDayOnIsRecognizedAtNoLevel_C5_D32() {
        Lists l = twoPublishedLists();
        clock.set(ELECTION_DAY_STARTS);

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(finding(l.person()))
                .when()
                .post("/api/v1/elections/" + l.s().electionId() + "/level-violations")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("withdrawnAt", everyItem(nullValue()))
                .body("notRecognizedAt", everyItem(notNullValue()))
                .body("notRecognizedReason", everyItem(startsWith("C-5: ")));
        // still on the lists the voters saw
        given().when()
                .get("/api/v1/elections/" + l.s().electionId() + "/electoral-units/" + l.provincial()
                        + "/candidate-list")
                .then()
                .statusCode(200)
                .body("belowMinimum", equalTo(false))
                .body("activeCandidates", equalTo(2));
        // the finding goes out for the tally, one event per candidacy on a published list, with the rule and why
        List<ConsumerRecord<String, String>> notRecognized = TestEvents.readUntil(
                        Topics.REGISTRY_CANDIDATES,
                        Duration.ofSeconds(60),
                        seen -> notRecognized(seen, l).size() == 2)
                .stream()
                .filter(r -> notRecognized(List.of(r), l).size() == 1)
                .toList();
        assertEquals(2, notRecognized.size());
        notRecognized.forEach(r -> assertTrue(
                r.value().contains("\"rule\":\"C-5\"")
                        && r.value().contains("\"reason\":\"Cũng ứng cử HĐND xã tại tỉnh khác\""),
                r.value()));
        // recorded once
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(finding(l.person()))
                .when()
                .post("/api/v1/elections/" + l.s().electionId() + "/level-violations")
                .then()
                .statusCode(409);
    }

    /** One person on the published lists of an NA unit (1 seat, 3 candidates) and a provincial one (1 seat, 2). */
    private Lists twoPublishedLists() {
        TestData.Structure s = TestData.structure2026();
        String national = TestData.electoralUnit(s.electionId(), "NATIONAL_ASSEMBLY", 2, 1, s.provinceCode());
        String provincial = TestData.electoralUnit(s.electionId(), "PROVINCIAL_COUNCIL", 2, 1, s.provinceCode());
        String person = CandidateResourceTest.nextCitizenId();
        for (String unit : List.of(national, provincial)) {
            file(
                            s.electionId(),
                            CandidateResourceTest.dossierLivingIn(unit, s.provinceCode(), person, "Lê Văn Hai", BORN))
                    .statusCode(201);
        }
        for (String unit : List.of(national, national, provincial)) {
            CandidateResourceTest.file(s.electionId(), unit, "Người Khác", BORN);
        }
        for (String unit : List.of(national, provincial)) {
            given().header(Tokens.NEC)
                    .when()
                    .post("/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list")
                    .then()
                    .statusCode(200);
        }
        return new Lists(s, national, provincial, person);
    }

    /** The CandidateNotRecognized events of this election among {@code records}. */
    private static List<ConsumerRecord<String, String>> notRecognized(
            List<ConsumerRecord<String, String>> records, Lists l) {
        return records.stream()
                .filter(r -> l.s().electionId().equals(r.key())
                        && CandidateNotRecognized.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE)))
                .toList();
    }

    private record Lists(TestData.Structure s, String national, String provincial, String person) {}

    private static String finding(String citizenId) {
        return "{\"citizenId\": \"" + citizenId + "\", \"finding\": \"Cũng ứng cử HĐND xã tại tỉnh khác\"}";
    }

    private static String places(String unit, String residenceCode, String workplaceCode) {
        return CandidateResourceTest.dossierLivingIn(
                        unit, "X", CandidateResourceTest.nextCitizenId(), "Hoàng Thị Hạnh", BORN)
                .replace(
                        "\"residenceCode\": \"X\"",
                        "\"residenceCode\": " + quoted(residenceCode) + ", \"workplaceCode\": "
                                + quoted(workplaceCode));
    }

    private static String central(String unit, boolean central, String nomination) {
        return CandidateResourceTest.dossierLivingIn(
                        unit, "X", CandidateResourceTest.nextCitizenId(), "Hoàng Thị Hạnh", BORN)
                .replace("\"residenceCode\": \"X\"", "\"centralNominee\": " + central)
                .replace("\"NOMINATED\"", "\"" + nomination + "\"");
    }

    private static String quoted(String code) {
        return code == null ? "null" : "\"" + code + "\"";
    }

    private static ValidatableResponse file(String election, String dossier) {
        return file(Tokens.NEC, election, dossier);
    }

    private static ValidatableResponse file(Header who, String election, String dossier) {
        return given().header(who)
                .contentType(ContentType.JSON)
                .body(dossier)
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then();
    }
}
