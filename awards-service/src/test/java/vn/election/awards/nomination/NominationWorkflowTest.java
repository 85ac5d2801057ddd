package vn.election.awards.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.election.awards.Fixtures.act;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Ruleset;
import vn.election.events.access.Roles;

/** The dossier (K-8) and the workflow (K-9) of a nomination, with its roles, guards and history. */
@QuarkusTest
class NominationWorkflowTest {

    @Inject
    ObjectMapper json;

    Fixtures fx;
    UUID election;
    UUID province;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
        election = fx.election(Ruleset.R2021);
        province = fx.campaign(
                election,
                "PROVINCIAL_CHAIRMAN",
                "19",
                List.of(
                        Fixtures.quota("PM_CERTIFICATE_OF_MERIT", "COLLECTIVE", 3),
                        Fixtures.quota("PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", 3)));
    }

    @Test
    void everyTransitionIsRecordedWithWhoWhenAndWhy_K9() {
        UUID nomination = fx.nominate(
                province,
                fx.enteredNominee(election, "COLLECTIVE", "Tổ bầu cử số 1"),
                "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(nomination, 9);

        given().header(Tokens.OFFICER)
                .get("/api/v1/nominations/" + nomination)
                .then()
                .statusCode(200)
                .body("state", equalTo("COUNCIL_REVIEWED"))
                .body("history.action", equalTo(List.of("SUBMIT", "CHECK", "APPRAISE", "COUNCIL_REVIEW")))
                .body("history.to", equalTo(List.of("SUBMITTED", "CHECKED", "APPRAISED", "COUNCIL_REVIEWED")))
                // who is the token's subject, never a name in the body (docs/architecture.md)
                .body("createdBy", equalTo(Tokens.subject(Tokens.OFFICER)))
                .body("history[0].actingRole", equalTo(Roles.AWARDS_OFFICER))
                .body("history[0].actor", equalTo(Tokens.subject(Tokens.OFFICER)))
                .body("history[0].reason", equalTo("Theo quy trình"))
                .body("history[1].actingRole", equalTo(Roles.AWARDS_APPROVER))
                .body("history[1].actor", equalTo(Tokens.subject(Tokens.APPROVER)))
                .body("history[1].takenAt", notNullValue())
                .body("councilMinutes.votesFor", equalTo(9))
                .body("councilMinutes.present", equalTo(10));
    }

    @Test
    void anIncompleteDossierIsReturnedCompletedAndResubmitted_K8_K9() {
        UUID team = fx.enteredNominee(election, "COLLECTIVE", "Tổ bầu cử số 2");
        UUID nomination = UUID.fromString(given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        province,
                        "nomineeId",
                        team,
                        "achievementId",
                        fx.achievement(team, "Tốt"),
                        "form",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT"))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .extract()
                .path("id"));
        fx.transition(nomination, Tokens.OFFICER, act("SUBMIT")).statusCode(200);

        // K-8: no tờ trình, no achievement report, no e-file
        fx.transition(nomination, Tokens.APPROVER, act("CHECK"))
                .statusCode(422)
                .body("errors.field", hasItem("dossier.submissionNumber"))
                .body("errors.field", hasItem("dossier.achievementReport"))
                .body("errors.field", hasItem("dossier.attachments"))
                .body("errors.code", hasItem("K-8"));
        fx.transition(nomination, Tokens.APPROVER, act("RETURN"))
                .statusCode(200)
                .body("state", equalTo("RETURNED"));
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Fixtures.completeDossier())
                .put("/api/v1/nominations/" + nomination + "/dossier")
                .then()
                .statusCode(200);
        fx.transition(nomination, Tokens.OFFICER, act("RESUBMIT"))
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        fx.transition(nomination, Tokens.APPROVER, act("CHECK"))
                .statusCode(200)
                .body("state", equalTo("CHECKED"))
                .body("history.action", equalTo(List.of("SUBMIT", "RETURN", "RESUBMIT", "CHECK")));
    }

    @Test
    void eachTransitionIsTakenOnlyByItsRole_K9() {
        UUID nomination = fx.nominate(
                province, fx.enteredNominee(election, "INDIVIDUAL", "Lê Thị Mai"), "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.transition(nomination, Tokens.APPROVER, act("SUBMIT"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].code", equalTo("K-9"));
        fx.transition(nomination, Tokens.OFFICER, act("SUBMIT")).statusCode(200);
        // whoever drafts a dossier does not judge it
        fx.transition(nomination, Tokens.OFFICER, act("CHECK"))
                .statusCode(403)
                .body("errors[0].code", equalTo("K-9"))
                .body(
                        "errors[0].message",
                        equalTo("CHECK is taken by awards-approver; the caller holds [awards-officer]"));
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominations/" + nomination)
                .then()
                .body("state", equalTo("SUBMITTED"))
                .body("history.action", equalTo(List.of("SUBMIT")));
        // the procedure itself is public, as the law is
        given().get("/api/v1/nominations/workflow")
                .then()
                .statusCode(200)
                .body("find { it.action == 'CHECK' }.role", equalTo(Roles.AWARDS_APPROVER))
                .body("find { it.action == 'DECIDE' }.role", equalTo(Roles.AWARDS_APPROVER))
                .body("find { it.action == 'DECIDE' }.from", equalTo(List.of("COUNCIL_REVIEWED", "PARTY_OPINION")))
                .body("find { it.action == 'SUBMIT' }.role", equalTo(Roles.AWARDS_OFFICER))
                .body("find { it.action == 'REVOKE' }.to", equalTo("REVOKED"));
    }

    @Test
    void aTransitionFromTheWrongStateIsAConflict_K9() {
        UUID nomination = fx.nominate(
                province, fx.enteredNominee(election, "INDIVIDUAL", "Đỗ Văn Hải"), "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.transition(nomination, Tokens.APPROVER, act("APPRAISE"))
                .statusCode(409)
                .contentType("application/problem+json");
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominations/" + nomination)
                .then()
                .body("state", equalTo("DRAFT"))
                .body("history.size()", equalTo(0));
    }

    @Test
    void theAppraisalFindsEveryCriterionMet_K6() {
        UUID person = fx.enteredNominee(election, "INDIVIDUAL", "Vũ Thị Lan");
        Map<String, Object> dossier = new HashMap<>(Fixtures.completeDossier());
        dossier.put("criteriaMet", List.of("TASKS_ON_TIME", "NO_VIOLATIONS"));
        UUID nomination = UUID.fromString(given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        province,
                        "nomineeId",
                        person,
                        "achievementId",
                        fx.achievement(person, "Tốt"),
                        "form",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT",
                        "dossier",
                        dossier))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        fx.transition(nomination, Tokens.OFFICER, act("SUBMIT")).statusCode(200);
        fx.transition(nomination, Tokens.APPROVER, act("CHECK")).statusCode(200);

        fx.transition(nomination, Tokens.APPROVER, act("APPRAISE"))
                .statusCode(422)
                .body("errors[0].code", equalTo("K-6"))
                .body("errors[0].message", equalTo("criteria not met: [MINUTES_WITHOUT_ERRORS, HIGH_TURNOUT]"));
    }

    @Test
    void theProvinceForwardsAtMostThreeCollectivesToThePrimeMinister_K7_K9() {
        UUID pm = fx.campaign(election, "PRIME_MINISTER", "", List.of());
        Map<String, Object> forward = new HashMap<>(act("FORWARD"));
        forward.put("targetCampaignId", pm);
        for (int i = 1; i <= 3; i++) {
            UUID nomination = fx.nominate(
                    province,
                    fx.enteredNominee(election, "COLLECTIVE", "Ban bầu cử số " + i),
                    "PM_CERTIFICATE_OF_MERIT");
            fx.toCouncilReviewed(nomination, 9);
            fx.transition(nomination, Tokens.APPROVER, forward)
                    .statusCode(200)
                    .body("state", equalTo("FORWARDED_TO_HIGHER"));
        }
        UUID fourth = fx.nominate(
                province, fx.enteredNominee(election, "COLLECTIVE", "Ban bầu cử số 4"), "PM_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(fourth, 9);

        fx.transition(fourth, Tokens.APPROVER, forward)
                .statusCode(422)
                .body("errors[0].code", equalTo("K-7"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "the quota for PM_CERTIFICATE_OF_MERIT to COLLECTIVE is 3; 3 already used, 1 more asked"));
        // the three arrived at the Prime Minister's campaign, submitted by the province's approver
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominations?state=SUBMITTED&campaignId=" + pm)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items[0].history[0].actingRole", equalTo(Roles.AWARDS_APPROVER))
                .body("items[0].councilMinutes.votesFor", equalTo(9));
    }

    @Test
    void theProvincialChairmanCannotDecideAPrimeMinistersAward_K4() {
        UUID nomination = fx.nominate(
                province, fx.enteredNominee(election, "INDIVIDUAL", "Bùi Văn Tú"), "PM_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(nomination, 9);
        UUID pmOfAnotherElection = fx.campaign(fx.election(Ruleset.R2021), "PRIME_MINISTER", "", List.of());
        Map<String, Object> forward = new HashMap<>(act("FORWARD"));
        forward.put("targetCampaignId", pmOfAnotherElection);
        fx.transition(nomination, Tokens.APPROVER, forward)
                .statusCode(422)
                .body("errors[0].field", equalTo("targetCampaignId"));
    }

    @Test
    void aDecisionIsNotTakenOnTheNominationItself_K10() {
        UUID nomination = fx.nominate(
                province, fx.enteredNominee(election, "INDIVIDUAL", "Ngô Thị Hoa"), "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(nomination, 9);
        fx.transition(nomination, Tokens.APPROVER, act("DECIDE")).statusCode(409);
    }
}
