package vn.election.awards;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.Ruleset;
import vn.election.events.access.Roles;
import vn.election.testing.authorization.AuthorizationMatrix;
import vn.election.testing.authorization.Route;

/**
 * The authorization matrix of the awards service (the roles and jurisdictions of {@code docs/architecture.md}),
 * walked by {@link AuthorizationMatrix}: every write route with every role of the suite, inside and outside its
 * jurisdiction, and without a token. Awards writes have a place only through a campaign whose issuer is a
 * province's: its province's tokens ({@code admin-unit:<code>}) and the nation's act on it, no other; nominees,
 * their achievements and restrictions have no place. For a transition of K-9 the roles allowed are those
 * {@code Action} gives it. Reads are walked by role. The tables must list every operation of the service's own
 * OpenAPI document, so a new route cannot escape them.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.forEveryRoleOf(Roles.class);
    static final Set<String> OFFICER = Set.of(Roles.AWARDS_OFFICER);
    static final Set<String> APPROVER = Set.of(Roles.AWARDS_APPROVER);
    static final Set<String> AWARDS = Set.of(Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER);
    static final Set<String> READERS = Set.of(Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC);

    /** What the requests act on: a campaign of a provincial chairman, with a nomination and a decision. */
    record Targets(
            UUID election,
            String province,
            UUID campaign,
            UUID nominee,
            UUID achievement,
            UUID nomination,
            UUID decision,
            UUID awarded) {}

    static final List<Route<Targets>> WRITES = List.of(
            Route.<Targets>post("/api/v1/campaigns")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/campaigns")
                    .body(t -> Map.of(
                            "electionId",
                            t.election(),
                            "name",
                            "Khen thưởng",
                            "authority",
                            "PROVINCIAL_CHAIRMAN",
                            "issuerName",
                            "Chủ tịch UBND tỉnh",
                            "issuerScope",
                            t.province())),
            Route.<Targets>post("/api/v1/nominees")
                    .allow(OFFICER)
                    .anywhere()
                    .path(t -> "/api/v1/nominees")
                    .body(t -> Map.of("electionId", t.election(), "kind", "INDIVIDUAL", "name", "Lý Văn Phúc")),
            Route.<Targets>post("/api/v1/nominees/{id}/achievements")
                    .allow(OFFICER)
                    .anywhere()
                    .path(t -> "/api/v1/nominees/" + t.nominee() + "/achievements")
                    .body(t -> Map.of("description", "Hoàn thành tốt nhiệm vụ")),
            Route.<Targets>put("/api/v1/nominees/{id}/restrictions")
                    .allow(AWARDS)
                    .anywhere()
                    .path(t -> "/api/v1/nominees/" + t.nominee() + "/restrictions")
                    .body(t -> Map.of("restrictions", List.of())),
            Route.<Targets>post("/api/v1/nominations")
                    .allow(OFFICER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/nominations")
                    .body(t -> Map.of(
                            "campaignId",
                            t.campaign(),
                            "nomineeId",
                            t.nominee(),
                            "achievementId",
                            t.achievement(),
                            "form",
                            "PROVINCIAL_CERTIFICATE_OF_MERIT")),
            Route.<Targets>put("/api/v1/nominations/{id}/dossier")
                    .allow(OFFICER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/nominations/" + t.nomination() + "/dossier")
                    .body(t -> Fixtures.completeDossier()),
            // K-9: the proposing body submits, the bodies that judge the dossier check it
            Route.<Targets>post("/api/v1/nominations/{id}/transitions")
                    .note("SUBMIT")
                    .allow(OFFICER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/nominations/" + t.nomination() + "/transitions")
                    .body(t -> Map.of("action", "SUBMIT")),
            Route.<Targets>post("/api/v1/nominations/{id}/transitions")
                    .note("CHECK")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/nominations/" + t.nomination() + "/transitions")
                    .body(t -> Map.of("action", "CHECK")),
            Route.<Targets>post("/api/v1/decisions")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/decisions")
                    .body(t -> Map.of(
                            "campaignId",
                            t.campaign(),
                            "nominationIds",
                            List.of(t.nomination()),
                            "signedOn",
                            "2021-06-20",
                            "signedBy",
                            "Chủ tịch UBND tỉnh")),
            Route.<Targets>post("/api/v1/decisions/{id}/publication")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/decisions/" + t.decision() + "/publication")
                    .body(t -> Map.of("publishedOn", "2021-06-22")),
            Route.<Targets>post("/api/v1/decisions/{id}/conferrals")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/decisions/" + t.decision() + "/conferrals")
                    .body(t -> Map.of("nomineeId", t.awarded(), "conferredOn", "2021-06-25")),
            Route.<Targets>post("/api/v1/decisions/{id}/revocations")
                    .allow(APPROVER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/decisions/" + t.decision() + "/revocations")
                    .body(t -> Map.of(
                            "nomineeId",
                            t.awarded(),
                            "ground",
                            "FALSE_INFORMATION_OR_FORGED_PAPERS",
                            "reason",
                            "Giấy tờ giả mạo",
                            "revokedOn",
                            "2021-09-01")),
            // the campaign is checked before the suggestion: an unknown suggestion is 404 inside, 403 outside
            Route.<Targets>post("/api/v1/suggestions/{id}/nomination")
                    .allow(OFFICER)
                    .inside(AuthorizationMatrixTest::issuerProvince)
                    .path(t -> "/api/v1/suggestions/" + UUID.randomUUID() + "/nomination")
                    .body(t -> Map.of("campaignId", t.campaign(), "form", "PROVINCIAL_CERTIFICATE_OF_MERIT")));

    static final List<Route<Targets>> READS = List.of(
            Route.<Targets>get("/api/v1/catalogue/{ruleset}")
                    .open()
                    .accept("application/json")
                    .path(t -> "/api/v1/catalogue/2026"),
            Route.<Targets>get("/api/v1/nominations/workflow")
                    .open()
                    .accept("application/json")
                    .path(t -> "/api/v1/nominations/workflow"),
            Route.<Targets>get("/api/v1/elections/{id}")
                    .open()
                    .accept("application/json")
                    .path(t -> "/api/v1/elections/" + t.election()),
            Route.<Targets>get("/api/v1/campaigns/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/campaigns/" + t.campaign()),
            Route.<Targets>get("/api/v1/nominees")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/nominees?electionId=" + t.election()),
            Route.<Targets>get("/api/v1/nominees/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/nominees/" + t.nominee()),
            Route.<Targets>get("/api/v1/nominations")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/nominations?campaignId=" + t.campaign()),
            Route.<Targets>get("/api/v1/nominations/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/nominations/" + t.nomination()),
            Route.<Targets>get("/api/v1/decisions/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/decisions/" + t.decision()),
            Route.<Targets>get("/api/v1/suggestions")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/json")
                    .path(t -> "/api/v1/suggestions?electionId=" + t.election()),
            Route.<Targets>get("/api/v1/reports/campaigns/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("text/csv")
                    .path(t -> "/api/v1/reports/campaigns/" + t.campaign()),
            Route.<Targets>get("/api/v1/reports/decisions/{id}")
                    .allow(READERS)
                    .anywhere()
                    .accept("text/csv")
                    .path(t -> "/api/v1/reports/decisions/" + t.decision()),
            Route.<Targets>get("/api/v1/reports/decisions/{id}/certificates/{nomineeId}")
                    .allow(READERS)
                    .anywhere()
                    .accept("application/pdf")
                    .path(t -> "/api/v1/reports/decisions/" + t.decision() + "/certificates/" + t.awarded()));

    @Inject
    ObjectMapper json;

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        Targets t = targets();
        // the nation, the campaign's province, another province, no jurisdiction at all
        MATRIX.walk(
                WRITES,
                t,
                AuthorizationMatrix.andNone(
                        AuthorizationMatrix.NATION, "admin-unit:" + t.province(), "admin-unit:" + ANOTHER_PROVINCE));
    }

    @Test
    void everyReadRouteAgainstEveryRole() {
        Targets t = targets();
        // a claim of every kind: each role reads with the claims that fit it and no other (D-22, D-24)
        MATRIX.walk(
                READS,
                t,
                AuthorizationMatrix.andNone(
                        AuthorizationMatrix.NATION,
                        "admin-unit:" + t.province(),
                        "electoral-unit:" + UUID.randomUUID(),
                        "polling-area:" + UUID.randomUUID()));
    }

    @Test
    void theTablesListEveryOperationOfTheOpenApiDocument() {
        AuthorizationMatrix.assertTablesListEveryOperation(List.of(WRITES, READS));
    }

    /** A province no fixture's campaign belongs to. */
    private static final String ANOTHER_PROVINCE = "18";

    /** A campaign's writes lie in the province of its issuer. */
    private static Set<String> issuerProvince(Targets t) {
        return Set.of(AuthorizationMatrix.NATION, "admin-unit:" + t.province());
    }

    /** A provincial chairman's campaign of a province of its own, a draft nomination and a decided award. */
    private Targets targets() {
        Fixtures fx = new Fixtures(json);
        UUID election = fx.election(Ruleset.R2021);
        String province = Fixtures.provinceOfItsOwn();
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID nominee = fx.enteredNominee(election, "INDIVIDUAL", "Trương Thị Yến");
        UUID nomination = fx.nominate(
                campaign, fx.enteredNominee(election, "INDIVIDUAL", "Hồ Văn Nam"), "PROVINCIAL_CERTIFICATE_OF_MERIT");
        UUID awarded = fx.enteredNominee(election, "COLLECTIVE", "Tổ bầu cử số 11");
        UUID reviewed = fx.nominate(campaign, awarded, "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(reviewed, 9);
        UUID decision = UUID.fromString(fx.decide(campaign, "2021-06-20", List.of(reviewed))
                .statusCode(201)
                .extract()
                .path("id"));
        return new Targets(
                election, province, campaign, nominee, fx.achievement(nominee, "Tốt"), nomination, decision, awarded);
    }
}
