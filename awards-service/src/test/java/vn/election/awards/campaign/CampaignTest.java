package vn.election.awards.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Ruleset;
import vn.election.events.access.Roles;
import vn.election.events.registry.AdministrativeLevel;

/** Campaigns of commendation: criteria checklist (K-6) and quotas (K-7) as data, issuers per ruleset (K-3). */
@QuarkusTest
class CampaignTest {

    @Inject
    ObjectMapper json;

    Fixtures fx;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
    }

    @Test
    void aProvinceProposesThreeCollectivesAndThreeIndividualsToThePrimeMinister_K7() {
        UUID election = fx.election(Ruleset.R2021);
        UUID campaign = fx.campaign(
                election,
                "PROVINCIAL_CHAIRMAN",
                "19",
                List.of(
                        Fixtures.quota("PM_CERTIFICATE_OF_MERIT", "COLLECTIVE", 3),
                        Fixtures.quota("PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", 3)));

        given().header(Tokens.OFFICER)
                .get("/api/v1/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .body("ruleset", equalTo("2021"))
                .body("authority", equalTo("PROVINCIAL_CHAIRMAN"))
                .body("createdBy", equalTo(Tokens.subject(Tokens.APPROVER)))
                .body("numberPattern", equalTo("{n}/QĐ-UBND"))
                .body("quotas.find { it.recipientKind == 'COLLECTIVE' }.max", equalTo(3))
                .body("quotas.find { it.recipientKind == 'INDIVIDUAL' }.max", equalTo(3));
    }

    @Test
    void withoutACriteriaListTheK6ChecklistApplies_K6() {
        UUID campaign = fx.campaign(fx.election(Ruleset.R2026), "PROVINCIAL_CHAIRMAN", "19", List.of());

        given().header(Tokens.OFFICER)
                .get("/api/v1/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .body(
                        "criteria.code",
                        equalTo(List.of("TASKS_ON_TIME", "MINUTES_WITHOUT_ERRORS", "HIGH_TURNOUT", "NO_VIOLATIONS")));
    }

    @Test
    void aDistrictChairmanHoldsNoCampaignUnderThe2026Ruleset_K3() {
        UUID election = fx.election(Ruleset.R2026);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "name",
                        "Khen thưởng",
                        "authority",
                        "DISTRICT_CHAIRMAN",
                        "issuerName",
                        "Chủ tịch UBND huyện Phú Lương"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("authority"))
                .body("errors.code", hasItem("K-3"));
    }

    @Test
    void aQuotaNamesAFormOfTheCatalogue_K2() {
        UUID election = fx.election(Ruleset.R2021);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "name",
                        "Khen thưởng",
                        "authority",
                        "PROVINCIAL_CHAIRMAN",
                        "issuerName",
                        "Chủ tịch UBND tỉnh",
                        "quotas",
                        List.of(
                                Fixtures.quota("CO_THI_DUA", "COLLECTIVE", 1),
                                Fixtures.quota("PARTY_CERTIFICATE_OF_MERIT", "COLLECTIVE", 1))))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'quotas[0].form' }.code", equalTo("K-2"))
                // a State issuer sets no quota for a Party award
                .body("errors.find { it.field == 'quotas[1].form' }.code", equalTo("K-2"));
    }

    @Test
    void aProvincesIssuerNamesItsProvince_K10() {
        UUID election = fx.election(Ruleset.R2021);
        // decisions are numbered per issuer (K-10): "the provincial chairman" alone is no issuer
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "name",
                        "Khen thưởng",
                        "authority",
                        "PROVINCIAL_CHAIRMAN",
                        "issuerName",
                        "Chủ tịch UBND tỉnh"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("issuerScope"))
                .body("errors[0].code", equalTo("K-10"));
    }

    @Test
    void aCommuneChairmansCampaignNamesItsCommuneByItsFiveDigitCode_K10() {
        UUID election = fx.election(Ruleset.R2026);
        // K-10: one register per issuer, so "a commune chairman" alone, or a province's code, names no issuer
        open(election, "COMMUNE_CHAIRMAN", null, Tokens.APPROVER)
                .statusCode(422)
                .body("errors[0].field", equalTo("issuerScope"))
                .body("errors[0].code", equalTo("K-10"));
        open(election, "COMMUNE_CHAIRMAN", "06", Tokens.APPROVER)
                .statusCode(422)
                .body("errors[0].code", equalTo("K-10"));
        open(election, "COMMUNE_CHAIRMAN", "02050", Tokens.APPROVER).statusCode(201);
        // the Prime Minister is one in the country: a scope would make a second register
        open(election, "PRIME_MINISTER", "06", Tokens.APPROVER).statusCode(422).body("errors[0].code", equalTo("K-10"));
    }

    @Test
    void anAwardsRoleOfOneCommuneDoesNotActOnAnotherCommunesCampaignButItsProvinceDoes() {
        // the tree as the registry defines it: Bắc Kạn (06) with two of its communes (2026: no district)
        fx.administrativeUnit("06", "Tỉnh Bắc Kạn", AdministrativeLevel.PROVINCE, null);
        fx.administrativeUnit("02053", "Xã Bằng Thành", AdministrativeLevel.COMMUNE, "06");
        fx.administrativeUnit("02056", "Xã Cao Tân", AdministrativeLevel.COMMUNE, "06");
        UUID election = fx.election(Ruleset.R2026);

        open(election, "COMMUNE_CHAIRMAN", "02053", approverOf("admin-unit:02056"))
                .statusCode(403)
                .body("errors[0].field", equalTo("jurisdiction"));
        open(election, "COMMUNE_CHAIRMAN", "02053", approverOf("admin-unit:02053"))
                .statusCode(201);
        // another province does not contain the commune; its own province does, once the tree has arrived
        open(election, "COMMUNE_CHAIRMAN", "02053", approverOf("admin-unit:07")).statusCode(403);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> open(election, "COMMUNE_CHAIRMAN", "02056", approverOf("admin-unit:06"))
                                .extract()
                                .statusCode()
                        == 201);
        UUID campaign = fx.campaign(election, "COMMUNE_CHAIRMAN", "02056", List.of());
        UUID nominee = fx.enteredNominee(election, "INDIVIDUAL", "Hoàng Văn Thụ");
        // and the same holds for the campaign's nominations
        fx.nominateAs(
                        Tokens.as(Roles.AWARDS_OFFICER, "admin-unit:02053"),
                        campaign,
                        nominee,
                        "CERTIFICATE_OF_COMMENDATION")
                .statusCode(403);
        fx.nominateAs(
                        Tokens.as(Roles.AWARDS_OFFICER, "admin-unit:02056"),
                        campaign,
                        nominee,
                        "CERTIFICATE_OF_COMMENDATION")
                .statusCode(201);
    }

    private static Header approverOf(String jurisdiction) {
        return Tokens.as(Roles.AWARDS_APPROVER, jurisdiction);
    }

    private static ValidatableResponse open(UUID election, String authority, String scope, Header token) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "electionId", election, "name", "Khen thưởng", "authority", authority, "issuerName", "Chủ tịch"));
        if (scope != null) {
            body.put("issuerScope", scope);
        }
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then();
    }

    @Test
    void anElectionNotLearnedFromTheRegistryIsRefused() {
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        UUID.randomUUID(),
                        "name",
                        "Khen thưởng",
                        "authority",
                        "PROVINCIAL_CHAIRMAN",
                        "issuerName",
                        "Chủ tịch UBND tỉnh"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("electionId"));
    }
}
