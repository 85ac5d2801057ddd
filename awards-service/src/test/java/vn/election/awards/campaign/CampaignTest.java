package vn.election.awards.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Ruleset;

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
