package vn.election.awards.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.election.awards.Fixtures.act;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.awards.AwardConferred;
import vn.election.events.awards.AwardDecided;
import vn.election.events.awards.AwardRevoked;
import vn.election.testing.TestEvents;

/** Numbered decisions (K-10), quotas at decision time (K-7), conferral and revocation (K-12), events out. */
@QuarkusTest
class DecisionTest {

    private static final String PROVINCIAL = "PROVINCIAL_CERTIFICATE_OF_MERIT";
    private static final String GIAY_KHEN = "CERTIFICATE_OF_COMMENDATION";

    @Inject
    ObjectMapper json;

    Fixtures fx;
    UUID election;
    String province;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
        election = fx.election(Ruleset.R2021);
        // each test numbers decisions of its own issuer, so counts start at 1
        province = Fixtures.provinceOfItsOwn();
    }

    @Test
    void decisionsAreNumberedPerIssuerPerCalendarYearAndListTheirNominees_K10_K11() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID team = fx.reviewed(campaign, election, "COLLECTIVE", "Tổ bầu cử số 5", PROVINCIAL);
        UUID person = fx.reviewed(campaign, election, "INDIVIDUAL", "Nguyễn Thị Hường", PROVINCIAL);
        UUID nextYear = fx.reviewed(campaign, election, "INDIVIDUAL", "Lê Văn Bình", PROVINCIAL);

        fx.decide(campaign, "2021-06-20", List.of(team, person))
                .statusCode(201)
                .body("number", equalTo("1/QĐ-UBND"))
                .body("createdBy", equalTo(Tokens.subject(Tokens.APPROVER)))
                .body("formName", equalTo("Bằng khen của Bộ, ban, ngành, tỉnh"))
                .body("awards.name", equalTo(List.of("Tổ bầu cử số 5", "Nguyễn Thị Hường")))
                // K-11 at 2,340,000: a collective 2 × 1.5 × = 7,020,000, an individual 1.5 × = 3,510,000
                .body("awards.prizeVnd", equalTo(List.of(7020000, 3510000)))
                .body("awards.state", equalTo(List.of("DECIDED", "DECIDED")));
        UUID another = fx.reviewed(campaign, election, "COLLECTIVE", "Tổ bầu cử số 6", PROVINCIAL);
        fx.decide(campaign, "2021-12-31", List.of(another)).statusCode(201).body("number", equalTo("2/QĐ-UBND"));
        // a new calendar year starts again from 1
        fx.decide(campaign, "2022-01-01", List.of(nextYear)).statusCode(201).body("number", equalTo("1/QĐ-UBND"));
    }

    @Test
    void everyIssuerKeepsItsOwnRegister_twoCommuneChairmenEachNumberTheirDecisions1To3_K10() {
        // K-10: numbers run per issuer; two communes' chairmen are two issuers of one authority
        UUID election = fx.election(Ruleset.R2026);
        UUID first = fx.campaign(election, "COMMUNE_CHAIRMAN", "01834", List.of());
        UUID second = fx.campaign(election, "COMMUNE_CHAIRMAN", "01837", List.of());
        for (int n = 1; n <= 3; n++) {
            for (UUID campaign : List.of(first, second)) {
                UUID nomination = fx.reviewed(campaign, election, "INDIVIDUAL", "Cán bộ số " + n, GIAY_KHEN);
                fx.decide(campaign, "2026-04-0" + n, List.of(nomination))
                        .statusCode(201)
                        .body("number", equalTo(n + "/QĐ-UBND"));
            }
        }
    }

    @Test
    void twentyConcurrentApprovalsOfOneIssuerGetNumbers1To20_K10() throws Exception {
        // two campaigns of the same issuer: the campaigns' quota locks do not serialize them, the counter does
        UUID first = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID second = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        List<UUID[]> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID campaign = i % 2 == 0 ? first : second;
            work.add(
                    new UUID[] {campaign, fx.reviewed(campaign, election, "INDIVIDUAL", "Cán bộ số " + i, PROVINCIAL)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (UUID[] job : work) {
                Callable<String> decide = () -> {
                    start.await();
                    return fx.decide(job[0], "2021-06-20", List.of(job[1]))
                            .statusCode(201)
                            .extract()
                            .path("number");
                };
                numbers.add(pool.submit(decide));
            }
            start.countDown();
            Set<String> got = new TreeSet<>();
            for (Future<String> number : numbers) {
                got.add(number.get());
            }
            assertEquals(
                    IntStream.rangeClosed(1, 20)
                            .mapToObj(n -> n + "/QĐ-UBND")
                            .collect(Collectors.toCollection(TreeSet::new)),
                    got);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDecisionBeyondTheQuotaIsRefused_K7() {
        UUID campaign = fx.campaign(
                election, "PROVINCIAL_CHAIRMAN", province, List.of(Fixtures.quota(PROVINCIAL, "COLLECTIVE", 2)));
        UUID a = fx.reviewed(campaign, election, "COLLECTIVE", "Ban bầu cử số 1", PROVINCIAL);
        UUID b = fx.reviewed(campaign, election, "COLLECTIVE", "Ban bầu cử số 2", PROVINCIAL);
        UUID c = fx.reviewed(campaign, election, "COLLECTIVE", "Ban bầu cử số 3", PROVINCIAL);

        fx.decide(campaign, "2021-06-20", List.of(a, b, c))
                .statusCode(422)
                .body("errors[0].code", equalTo("K-7"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "the quota for PROVINCIAL_CERTIFICATE_OF_MERIT to COLLECTIVE is 2; 0 already used, 3 more asked"));
        fx.decide(campaign, "2021-06-20", List.of(a, b)).statusCode(201).body("number", equalTo("1/QĐ-UBND"));
        fx.decide(campaign, "2021-06-21", List.of(c)).statusCode(422).body("errors[0].code", equalTo("K-7"));
        // refused decisions took no number: the next one is 2 (K-10 gap-free)
        UUID person = fx.reviewed(campaign, election, "INDIVIDUAL", "Trần Thị Thu", PROVINCIAL);
        fx.decide(campaign, "2021-06-22", List.of(person)).statusCode(201).body("number", equalTo("2/QĐ-UBND"));
    }

    @Test
    void theCouncilMustVoteAtLeast80PercentForAnAward_K9() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID nomination = fx.nominate(campaign, fx.enteredNominee(election, "INDIVIDUAL", "Phan Văn Đức"), PROVINCIAL);
        fx.toCouncilReviewed(nomination, 7);

        fx.decide(campaign, "2021-06-20", List.of(nomination))
                .statusCode(422)
                .body("errors[0].code", equalTo("K-9"))
                .body("errors[0].message", equalTo("the council voted 7 of 10; at least 80 % is needed"));
        fx.transition(nomination, Tokens.APPROVER, act("REJECT"))
                .statusCode(200)
                .body("state", equalTo("REJECTED"));
    }

    @Test
    void someoneFlaggedAfterTheCouncilIsNotAwarded_K5() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID person = fx.enteredNominee(election, "INDIVIDUAL", "Mai Văn Sơn");
        UUID nomination = fx.nominate(campaign, person, PROVINCIAL);
        fx.toCouncilReviewed(nomination, 10);
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("restrictions", List.of("UNRESOLVED_COMPLAINT")))
                .put("/api/v1/nominees/" + person + "/restrictions")
                .then()
                .statusCode(200);

        fx.decide(campaign, "2021-06-20", List.of(nomination)).statusCode(422).body("errors[0].code", equalTo("K-5"));
    }

    @Test
    void theProvincialChairmanDoesNotDecideThePrimeMinistersAward_K4() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID nomination =
                fx.reviewed(campaign, election, "COLLECTIVE", "Ủy ban bầu cử tỉnh", "PM_CERTIFICATE_OF_MERIT");
        fx.decide(campaign, "2021-06-20", List.of(nomination)).statusCode(422).body("errors[0].code", equalTo("K-4"));
    }

    @Test
    void wherePartyOpinionIsRequiredItComesBeforeTheDecision_K9() {
        UUID campaign = UUID.fromString(given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "name",
                        "Khen thưởng",
                        "authority",
                        "PROVINCIAL_CHAIRMAN",
                        "issuerName",
                        "Chủ tịch UBND tỉnh Hà Nam",
                        "issuerScope",
                        province,
                        "partyOpinionRequired",
                        true))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        UUID nomination = fx.reviewed(campaign, election, "INDIVIDUAL", "Đinh Thị Nga", PROVINCIAL);
        fx.decide(campaign, "2021-06-20", List.of(nomination)).statusCode(422).body("errors[0].code", equalTo("K-9"));

        fx.transition(nomination, Tokens.APPROVER, act("GIVE_PARTY_OPINION"))
                .statusCode(200)
                .body("state", equalTo("PARTY_OPINION"))
                .body("partyOpinion", equalTo("Theo quy trình"));
        fx.decide(campaign, "2021-06-20", List.of(nomination)).statusCode(201).body("number", equalTo("1/QĐ-UBND"));
    }

    @Test
    void aDecisionIsNumberedOnlyOnceSigned_K10() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID nomination = fx.reviewed(campaign, election, "INDIVIDUAL", "Hà Văn Long", PROVINCIAL);
        fx.decide(campaign, "2999-01-01", List.of(nomination))
                .statusCode(422)
                .body("errors[0].field", equalTo("signedOn"))
                .body("errors[0].code", equalTo("K-10"));
    }

    @Test
    void anAwardIsPublishedConferredAndRevokedWithItsHistoryKept_K9_K12() {
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID team = fx.enteredNominee(election, "COLLECTIVE", "Tổ bầu cử số 9");
        UUID nomination = fx.nominate(campaign, team, PROVINCIAL);
        fx.toCouncilReviewed(nomination, 9);
        String decision = fx.decide(campaign, "2021-06-20", List.of(nomination))
                .statusCode(201)
                .extract()
                .path("id");

        // conferral comes after publication (K-9)
        conferral(decision, team).statusCode(409);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("publishedOn", "2021-06-22"))
                .post("/api/v1/decisions/" + decision + "/publication")
                .then()
                .statusCode(200)
                .body("publishedOn", equalTo("2021-06-22"))
                .body("awards[0].state", equalTo("PUBLISHED"));
        conferral(decision, team)
                .statusCode(200)
                .body("awards[0].state", equalTo("CONFERRED"))
                .body("awards[0].conferredOn", equalTo("2021-06-25"));
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "nomineeId",
                        team,
                        "ground",
                        "FRAUDULENT_ACHIEVEMENTS",
                        "reason",
                        "Kê khai thành tích không trung thực",
                        "revokedOn",
                        "2021-09-01"))
                .post("/api/v1/decisions/" + decision + "/revocations")
                .then()
                .statusCode(200)
                .body("awards[0].state", equalTo("REVOKED"))
                .body("awards[0].conferredOn", equalTo("2021-06-25"))
                .body("awards[0].revocationGround", equalTo("FRAUDULENT_ACHIEVEMENTS"))
                .body("awards[0].recoveredVnd", equalTo(7020000));
        given().header(Tokens.OFFICER)
                .get("/api/v1/nominations/" + nomination)
                .then()
                .body(
                        "history.action",
                        equalTo(List.of(
                                "SUBMIT",
                                "CHECK",
                                "APPRAISE",
                                "COUNCIL_REVIEW",
                                "DECIDE",
                                "PUBLISH",
                                "CONFER",
                                "REVOKE")))
                .body("history[4].reason", equalTo("1/QĐ-UBND"));

        List<ConsumerRecord<String, String>> events = TestEvents.readUntil(
                Topics.AWARDS_DECISIONS,
                Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> decision.equals(r.key())).count() >= 3);
        List<String> types = events.stream()
                .filter(r -> decision.equals(r.key()))
                .map(r -> TestEvents.header(r, CloudEventHeaders.TYPE))
                .toList();
        assertEquals(List.of(AwardDecided.TYPE, AwardConferred.TYPE, AwardRevoked.TYPE), types);
        String decided = events.stream()
                .filter(r -> decision.equals(r.key()))
                .findFirst()
                .orElseThrow()
                .value();
        assertTrue(decided.contains("\"number\":\"1/QĐ-UBND\"") && decided.contains(team.toString()), decided);
    }

    private static ValidatableResponse conferral(String decision, UUID nominee) {
        return given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("nomineeId", nominee, "conferredOn", "2021-06-25"))
                .post("/api/v1/decisions/" + decision + "/conferrals")
                .then();
    }
}
