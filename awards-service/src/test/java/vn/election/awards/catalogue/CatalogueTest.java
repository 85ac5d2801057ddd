package vn.election.awards.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of forms per ruleset, as data (K-2, K-3, K-4, K-11), at the default base salary 2,340,000 VND. */
@QuarkusTest
class CatalogueTest {

    private static final String FORM = "forms.find { it.code == '%s' }.";

    @Test
    void primeMinistersCertificateIsDecidedByThePrimeMinisterAt3point5TimesTheBaseSalary_K4_K11() {
        given().get("/api/v1/catalogue/2026")
                .then()
                .statusCode(200)
                .body("baseSalaryVnd", equalTo(2340000))
                .body(FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "name", equalTo("Bằng khen của Thủ tướng Chính phủ"))
                .body(
                        FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "conferredBy.code",
                        equalTo(List.of("PRIME_MINISTER")))
                .body(FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "conferredBy[0].numberPattern", equalTo("{n}/QĐ-TTg"))
                // 3.5 × 2,340,000 = 8,190,000; a collective twice that (K-11 M)
                .body(FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "individualPrizeVnd", equalTo(8190000))
                .body(FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "collectivePrizeVnd", equalTo(16380000))
                .body(FORM.formatted("PM_CERTIFICATE_OF_MERIT") + "recipients", equalTo("BOTH"));
    }

    @Test
    void provincialCertificateIsDecidedByTheProvincialChairmanAt1point5Times_K4_K11() {
        given().get("/api/v1/catalogue/2021")
                .then()
                .statusCode(200)
                .body(
                        FORM.formatted("PROVINCIAL_CERTIFICATE_OF_MERIT") + "conferredBy.code",
                        hasItem("PROVINCIAL_CHAIRMAN"))
                .body(
                        FORM.formatted("PROVINCIAL_CERTIFICATE_OF_MERIT") + "conferredBy.find { it.code == "
                                + "'PROVINCIAL_CHAIRMAN' }.numberPattern",
                        equalTo("{n}/QĐ-UBND"))
                // 1.5 × 2,340,000 = 3,510,000
                .body(FORM.formatted("PROVINCIAL_CERTIFICATE_OF_MERIT") + "individualPrizeVnd", equalTo(3510000))
                .body(FORM.formatted("PROVINCIAL_CERTIFICATE_OF_MERIT") + "collectivePrizeVnd", equalTo(7020000));
    }

    @Test
    void districtChairmanConfersGiayKhenUnder2021ButNotUnder2026_K3() {
        given().get("/api/v1/catalogue/2021")
                .then()
                .statusCode(200)
                .body(FORM.formatted("CERTIFICATE_OF_COMMENDATION") + "conferredBy.code", hasItem("DISTRICT_CHAIRMAN"))
                // 0.3 × 2,340,000 = 702,000
                .body(FORM.formatted("CERTIFICATE_OF_COMMENDATION") + "individualPrizeVnd", equalTo(702000));
        given().get("/api/v1/catalogue/2026")
                .then()
                .statusCode(200)
                .body(
                        FORM.formatted("CERTIFICATE_OF_COMMENDATION") + "conferredBy.code",
                        not(hasItem("DISTRICT_CHAIRMAN")))
                .body(FORM.formatted("CERTIFICATE_OF_COMMENDATION") + "conferredBy.code", hasItem("COMMUNE_CHAIRMAN"));
    }

    @Test
    void partyCommendationsAreASeparateIssuerTypeWithoutADecreePrize_K2() {
        given().get("/api/v1/catalogue/2026")
                .then()
                .statusCode(200)
                .body(FORM.formatted("PARTY_CERTIFICATE_OF_MERIT") + "issuerType", equalTo("PARTY"))
                .body(FORM.formatted("PARTY_CERTIFICATE_OF_MERIT") + "conferredBy[0].issuerType", equalTo("PARTY"))
                .body(FORM.formatted("PARTY_CERTIFICATE_OF_MERIT") + "individualPrizeVnd", equalTo(null));
    }

    @Test
    void anUnknownRulesetIsNotFound() {
        given().get("/api/v1/catalogue/2016").then().statusCode(404).contentType("application/problem+json");
    }
}
