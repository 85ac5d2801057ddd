package vn.election.awards.nominee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Ruleset;
import vn.election.events.access.Roles;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationKind;

/** Nominees learned from the registry's organizations or entered, their achievements, and K-5. */
@QuarkusTest
class NomineeTest {

    @Inject
    ObjectMapper json;

    Fixtures fx;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
    }

    @Test
    void anElectionTeamAndItsMembersBecomeNominees() {
        UUID election = fx.election(Ruleset.R2021);
        OrganizationDefined team = fx.organization(
                election,
                OrganizationKind.ELECTION_TEAM,
                "Tổ bầu cử số 3",
                null,
                UUID.randomUUID(),
                "Nguyễn Thị Hường",
                "Lê Văn Bình");

        given().header(Tokens.OFFICER)
                .get("/api/v1/nominees/" + team.organizationId())
                .then()
                .statusCode(200)
                .body("kind", equalTo("COLLECTIVE"))
                .body("organizationKind", equalTo("ELECTION_TEAM"))
                .body("name", equalTo("Tổ bầu cử số 3"))
                .body("source", equalTo("REGISTRY"));
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominees/" + team.members().get(0).memberId())
                .then()
                .statusCode(200)
                .body("kind", equalTo("INDIVIDUAL"))
                .body("name", equalTo("Nguyễn Thị Hường"))
                .body("organizationId", equalTo(team.organizationId().toString()));
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominees?limit=2&electionId=" + election)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("next", notNullValue());
    }

    @Test
    void someoneUnderInvestigationCannotBeNominated_K5() {
        UUID election = fx.election(Ruleset.R2021);
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", "19", List.of());
        UUID person = fx.enteredNominee(election, "INDIVIDUAL", "Phạm Văn Cường");
        UUID achievement = fx.achievement(person, "Hoàn thành tốt nhiệm vụ");
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("restrictions", List.of("INVESTIGATION")))
                .put("/api/v1/nominees/" + person + "/restrictions")
                .then()
                .statusCode(200)
                .body("restrictions", equalTo(List.of("INVESTIGATION")));

        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        campaign,
                        "nomineeId",
                        person,
                        "achievementId",
                        achievement,
                        "form",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nomineeId"))
                .body("errors[0].code", equalTo("K-5"));
    }

    @Test
    void oneAchievementEarnsOneForm_K5() {
        UUID election = fx.election(Ruleset.R2021);
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", "19", List.of());
        UUID person = fx.enteredNominee(election, "INDIVIDUAL", "Hoàng Thị Dung");
        UUID achievement = fx.achievement(person, "Hoàn thành xuất sắc nhiệm vụ");
        Map<String, Object> nomination = Map.of(
                "campaignId",
                campaign,
                "nomineeId",
                person,
                "achievementId",
                achievement,
                "form",
                "PROVINCIAL_CERTIFICATE_OF_MERIT");
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(nomination)
                .post("/api/v1/nominations")
                .then()
                .statusCode(201);

        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        campaign,
                        "nomineeId",
                        person,
                        "achievementId",
                        achievement,
                        "form",
                        "PM_CERTIFICATE_OF_MERIT"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("achievementId"))
                .body("errors[0].code", equalTo("K-5"));
    }

    @Test
    void aPartyAwardIsNotProposedInAStateCampaign_K2() {
        UUID election = fx.election(Ruleset.R2021);
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", "19", List.of());
        UUID team = fx.enteredNominee(election, "COLLECTIVE", "Ban bầu cử số 2");
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        campaign,
                        "nomineeId",
                        team,
                        "achievementId",
                        fx.achievement(team, "Tốt"),
                        "form",
                        "PARTY_CERTIFICATE_OF_MERIT"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("K-2"));
    }

    @Test
    void anIdempotencyKeyIsOneCallersOnOneRoute() {
        UUID election = fx.election(Ruleset.R2021);
        Map<String, Object> nominee = Map.of(
                "electionId", election,
                "kind", "INDIVIDUAL",
                "name", "Trần Văn Nam",
                "role", "Chuyên viên",
                "workplace", "Sở Nội vụ");
        String key = UUID.randomUUID().toString();
        Header another = Tokens.as(Roles.AWARDS_OFFICER, "nation");

        String first = enter(Tokens.OFFICER, key, nominee)
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        enter(Tokens.OFFICER, key, nominee)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/nominees/" + first))
                .body("id", equalTo(first));
        // another caller's key of the same text is its own: its request runs
        enter(another, key, nominee)
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(first)));
        // and so is the caller's key on another route
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("description", "Tổ chức tốt ngày bầu cử"))
                .post("/api/v1/nominees/" + first + "/achievements")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    private static ValidatableResponse enter(Header caller, String key, Map<String, Object> nominee) {
        return given().header(caller)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(nominee)
                .post("/api/v1/nominees")
                .then();
    }
}
