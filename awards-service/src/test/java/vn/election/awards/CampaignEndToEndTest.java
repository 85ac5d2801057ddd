package vn.election.awards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationKind;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.events.tally.UnitStatus;
import vn.election.testing.TestEvents;

/**
 * A campaign end to end from the events of a small election: the registry's organizations and the
 * tally's measurements → suggestions with evidence → nominations → council → numbered decision →
 * conferral → report counts, and the decision on Kafka.
 */
@QuarkusTest
class CampaignEndToEndTest {

    private static final OffsetDateTime CLOSE = OffsetDateTime.parse("2021-05-23T19:00:00+07:00");

    @Inject
    ObjectMapper json;

    @Test
    void fromTallyEventsToANumberedDecisionAndTheCounts_K6_K9_K10() {
        var fx = new Fixtures(json);
        UUID election = fx.election(Ruleset.R2021);
        UUID area = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        OrganizationDefined committee =
                fx.organization(election, OrganizationKind.ELECTION_COMMITTEE, "Ủy ban bầu cử xã Yên Đĩnh", null, null);
        OrganizationDefined board =
                fx.organization(election, OrganizationKind.ELECTION_BOARD, "Ban bầu cử đơn vị số 2", unit, null);
        OrganizationDefined team = fx.organization(
                election, OrganizationKind.ELECTION_TEAM, "Tổ bầu cử số 3", null, area, "Nguyễn Thị Hường");

        fx.send(
                Topics.TALLY_MINUTES,
                area,
                TurnoutReported.TYPE,
                new TurnoutReported(election, area, "CLOSE", 1180, 1180, CLOSE));
        fx.send(
                Topics.TALLY_MINUTES,
                area,
                MinutesAccepted.TYPE,
                new MinutesAccepted(
                        election,
                        area,
                        Body.PROVINCIAL_COUNCIL,
                        unit,
                        1,
                        List.of(),
                        true,
                        true,
                        committee.organizationId(),
                        CLOSE.plusHours(4)));
        fx.send(
                Topics.TALLY_RESULTS,
                unit,
                UnitResultDetermined.TYPE,
                new UnitResultDetermined(
                        election,
                        unit,
                        Body.PROVINCIAL_COUNCIL,
                        1,
                        UnitStatus.VALID,
                        "W-3",
                        2,
                        List.of(UUID.randomUUID(), UUID.randomUUID()),
                        CLOSE.plusDays(3)));
        fx.send(
                Topics.TALLY_RESULTS,
                unit,
                UnitResultCertified.TYPE,
                new UnitResultCertified(
                        election, unit, Body.PROVINCIAL_COUNCIL, committee.organizationId(), CLOSE.plusDays(5)));

        // suggestions, each with its evidence
        Map<String, String> suggestionByNominee = Map.of(
                team.organizationId().toString(), "FULL_TURNOUT",
                board.organizationId().toString(), "UNIT_COMPLETED_IN_FIRST_ROUND",
                committee.organizationId().toString(), "REPORTS_ON_TIME");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions(election).stream()
                                .filter(s -> s.get("kind").equals(suggestionByNominee.get(s.get("nomineeId"))))
                                .count()
                        == 3);
        List<Map<String, Object>> chosen = suggestions(election).stream()
                .filter(s -> s.get("kind").equals(suggestionByNominee.get(s.get("nomineeId"))))
                .toList();

        // one call each turns them into nominations; the dossier is completed, then the workflow of K-9
        UUID campaign = fx.campaign(
                election,
                "PROVINCIAL_CHAIRMAN",
                Fixtures.provinceOfItsOwn(),
                List.of(Fixtures.quota("PROVINCIAL_CERTIFICATE_OF_MERIT", "COLLECTIVE", 64)));
        List<UUID> nominations = chosen.stream()
                .map(s -> UUID.fromString(given().header(Tokens.OFFICER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("campaignId", campaign, "form", "PROVINCIAL_CERTIFICATE_OF_MERIT"))
                        .post("/api/v1/suggestions/" + s.get("id") + "/nomination")
                        .then()
                        .statusCode(201)
                        .body("dossier.achievementReport", equalTo(s.get("evidence")))
                        .extract()
                        .<String>path("id")))
                .toList();
        for (UUID nomination : nominations) {
            given().header(Tokens.OFFICER)
                    .contentType(ContentType.JSON)
                    .body(Fixtures.completeDossier())
                    .put("/api/v1/nominations/" + nomination + "/dossier")
                    .then()
                    .statusCode(200);
            fx.toCouncilReviewed(nomination, 10);
        }

        String decision = fx.decide(campaign, "2021-06-20", nominations)
                .statusCode(201)
                .body("number", equalTo("1/QĐ-UBND"))
                .body(
                        "awards.name",
                        equalTo(List.of("Ban bầu cử đơn vị số 2", "Tổ bầu cử số 3", "Ủy ban bầu cử xã Yên Đĩnh")))
                .extract()
                .path("id");
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("publishedOn", "2021-06-22"))
                .post("/api/v1/decisions/" + decision + "/publication")
                .then()
                .statusCode(200);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("nomineeId", team.organizationId(), "conferredOn", "2021-06-25"))
                .post("/api/v1/decisions/" + decision + "/conferrals")
                .then()
                .statusCode(200)
                .body("awards.find { it.name == 'Tổ bầu cử số 3' }.state", equalTo("CONFERRED"));

        given().header(Tokens.OFFICER)
                .accept(ContentType.JSON)
                .get("/api/v1/reports/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(1))
                .body("rows[0].recipientKind", equalTo("COLLECTIVE"))
                .body("rows[0].outcome", equalTo("AWARDED"))
                .body("rows[0].count", equalTo(3));

        List<ConsumerRecord<String, String>> events = TestEvents.readUntil(
                Topics.AWARDS_DECISIONS,
                Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> decision.equals(r.key())).count() >= 2);
        String decided = events.stream()
                .filter(r -> decision.equals(r.key()))
                .findFirst()
                .orElseThrow()
                .value();
        Set<String> listed = Set.of(
                team.organizationId().toString(),
                board.organizationId().toString(),
                committee.organizationId().toString());
        assertTrue(listed.stream().allMatch(decided::contains), decided);
        assertEquals(
                2,
                events.stream()
                        .filter(r -> decision.equals(r.key()))
                        .collect(Collectors.toList())
                        .size());
    }

    private static List<Map<String, Object>> suggestions(UUID election) {
        return given().header(Tokens.OFFICER)
                .get("/api/v1/suggestions?electionId=" + election)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
