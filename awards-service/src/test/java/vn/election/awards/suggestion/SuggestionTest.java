package vn.election.awards.suggestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationKind;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.ResultsAnnounced;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.events.tally.UnitStatus;

/** Suggestions from the tally's measurements, each with its evidence, updated idempotently (K-6). */
@QuarkusTest
class SuggestionTest {

    private static final OffsetDateTime CLOSE = OffsetDateTime.parse("2021-05-23T19:00:00+07:00");

    @Inject
    ObjectMapper json;

    Fixtures fx;
    UUID election;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
        election = fx.election(Ruleset.R2021);
    }

    @Test
    void aTeamWhosePollingAreaReached100PercentIsSuggestedAndARedeliveryChangesNothing_K6() {
        UUID area = UUID.randomUUID();
        OrganizationDefined team =
                fx.organization(election, OrganizationKind.ELECTION_TEAM, "Tổ bầu cử số 7", null, area);
        fx.send(
                Topics.TALLY_MINUTES,
                area,
                TurnoutReported.TYPE,
                new TurnoutReported(election, area, "14:00", 812, 1000, CLOSE.minusHours(5)));
        String closeId = UUID.randomUUID().toString();
        fx.sendAgain(
                closeId,
                Topics.TALLY_MINUTES,
                area,
                TurnoutReported.TYPE,
                new TurnoutReported(election, area, "CLOSE", 1000, 1000, CLOSE));

        Map<String, Object> suggestion = await(s ->
                team.organizationId().toString().equals(s.get("nomineeId")) && "FULL_TURNOUT".equals(s.get("kind")));
        assertEquals(
                "Khu vực bỏ phiếu đạt 100% cử tri đi bầu: 1000/1000 (CLOSE, 2021-05-23T19:00+07:00)",
                suggestion.get("evidence"));
        assertEquals("Tổ bầu cử số 7", suggestion.get("nomineeName"));

        // the same event again (same ce_id), altered so that applying it would withdraw the suggestion
        fx.sendAgain(
                closeId,
                Topics.TALLY_MINUTES,
                area,
                TurnoutReported.TYPE,
                new TurnoutReported(election, area, "CLOSE", 999, 1000, CLOSE.plusMinutes(1)));
        // a later event on the same key and partition: once its effect shows, the copy before it was processed
        fx.send(Topics.TALLY_MINUTES, area, MinutesAccepted.TYPE, minutes(area, Body.NATIONAL_ASSEMBLY, 1, null));
        await(s -> team.organizationId().toString().equals(s.get("nomineeId"))
                && "MINUTES_FIRST_TIME_RIGHT".equals(s.get("kind")));

        Map<String, Object> after = await(s -> suggestion.get("id").equals(s.get("id")));
        assertEquals(suggestion.get("evidence"), after.get("evidence"));
        assertEquals(suggestion.get("updatedAt"), after.get("updatedAt"));
    }

    @Test
    void correctedMinutesWithdrawTheFirstTimeRightSuggestion_K6() {
        UUID area = UUID.randomUUID();
        OrganizationDefined team =
                fx.organization(election, OrganizationKind.ELECTION_TEAM, "Tổ bầu cử số 8", null, area);
        fx.send(Topics.TALLY_MINUTES, area, MinutesAccepted.TYPE, minutes(area, Body.NATIONAL_ASSEMBLY, 1, null));
        fx.send(Topics.TALLY_MINUTES, area, MinutesAccepted.TYPE, minutes(area, Body.PROVINCIAL_COUNCIL, 1, null));
        Map<String, Object> suggestion =
                await(s -> team.organizationId().toString().equals(s.get("nomineeId"))
                        && ((String) s.get("evidence")).endsWith("NATIONAL_ASSEMBLY v1, PROVINCIAL_COUNCIL v1"));
        assertEquals(
                "Biên bản kết quả kiểm phiếu được chấp nhận ngay lần đầu, không có cảnh báo, đúng hạn: "
                        + "NATIONAL_ASSEMBLY v1, PROVINCIAL_COUNCIL v1",
                suggestion.get("evidence"));

        fx.send(
                Topics.TALLY_MINUTES,
                area,
                MinutesAccepted.TYPE,
                minutes(area, Body.PROVINCIAL_COUNCIL, 2, List.of("CK-4")));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions().stream()
                        .noneMatch(s -> suggestion.get("id").equals(s.get("id"))));
    }

    @Test
    void aBoardWhoseUnitNeededNoSecondRoundIsSuggested_K6() {
        UUID valid = UUID.randomUUID();
        UUID short_ = UUID.randomUUID();
        OrganizationDefined good =
                fx.organization(election, OrganizationKind.ELECTION_BOARD, "Ban bầu cử số 1", valid, null);
        OrganizationDefined other =
                fx.organization(election, OrganizationKind.ELECTION_BOARD, "Ban bầu cử số 2", short_, null);
        fx.send(
                Topics.TALLY_RESULTS,
                short_,
                UnitResultDetermined.TYPE,
                new UnitResultDetermined(
                        election,
                        short_,
                        Body.PROVINCIAL_COUNCIL,
                        1,
                        UnitStatus.NEEDS_ADDITIONAL_ELECTION,
                        "W-5: 1 of 3 seats filled",
                        3,
                        List.of(UUID.randomUUID()),
                        CLOSE.plusDays(2)));
        fx.send(
                Topics.TALLY_RESULTS,
                valid,
                UnitResultDetermined.TYPE,
                new UnitResultDetermined(
                        election,
                        valid,
                        Body.PROVINCIAL_COUNCIL,
                        1,
                        UnitStatus.VALID,
                        "W-3",
                        3,
                        List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
                        CLOSE.plusDays(2)));

        Map<String, Object> suggestion =
                await(s -> good.organizationId().toString().equals(s.get("nomineeId")));
        assertEquals("UNIT_COMPLETED_IN_FIRST_ROUND", suggestion.get("kind"));
        assertEquals(
                "Đơn vị bầu cử hoàn thành ngay lần bầu đầu, không bầu thêm, không bầu lại: 3/3 ghế (VALID)",
                suggestion.get("evidence"));
        assertEquals(
                0,
                suggestions().stream()
                        .filter(s -> other.organizationId().toString().equals(s.get("nomineeId")))
                        .count());
    }

    @Test
    void aCommitteeWhoseReportsWereAllOnTimeIsSuggestedEvenIfLearnedAfterTheFacts_K6() {
        UUID committee = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        var onTime = new MinutesAccepted(
                election, area, Body.PROVINCIAL_COUNCIL, unit, 1, List.of(), true, true, committee, CLOSE.plusDays(1));
        fx.send(Topics.TALLY_MINUTES, area, MinutesAccepted.TYPE, onTime);
        // certified on 2 June, the last day of the provincial council's announcement (23 May + 10 days, R-2): on time
        fx.send(
                Topics.TALLY_RESULTS,
                unit,
                UnitResultCertified.TYPE,
                new UnitResultCertified(
                        election,
                        unit,
                        Body.PROVINCIAL_COUNCIL,
                        committee,
                        OffsetDateTime.parse("2021-06-02T23:00:00+07:00")));
        // the tally's announcement brings that deadline; the certification is judged only once it is known
        fx.send(
                Topics.TALLY_ANNOUNCEMENTS,
                election,
                ResultsAnnounced.TYPE,
                announced(unit, LocalDate.of(2021, 6, 2), null, OffsetDateTime.parse("2021-06-02T09:00:00+07:00")));
        // the committee is learned from the registry only afterwards
        var event = new OrganizationDefined(
                election,
                committee,
                OrganizationKind.ELECTION_COMMITTEE,
                "Ủy ban bầu cử xã Yên Đĩnh",
                "19",
                null,
                null,
                List.of());
        fx.send(Topics.REGISTRY_STRUCTURE, election, OrganizationDefined.TYPE, event);

        // the four events travel on four topics and may be applied in any order: the suggestion is refreshed
        // as each arrives (1/1 while the certification or its deadline is still on its way) and settles at 2/2
        String settled = "2/2 báo cáo đúng hạn (hạn công bố kết quả 2021-06-02)";
        Map<String, Object> suggestion =
                await(s -> committee.toString().equals(s.get("nomineeId")) && settled.equals(s.get("evidence")));
        assertEquals("REPORTS_ON_TIME", suggestion.get("kind"));
    }

    /**
     * R-2, D-15: a committee certified on 3 June, a day after its unit's announcement deadline (2 June), and
     * announced its council's results late: 2 of its 3 reports are late, however on time its minutes were.
     */
    @Test
    void aCommitteeWhoseCertificationOrAnnouncementCameAfterTheDeadlineIsNotSuggested_R2_D15() {
        UUID area = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        OrganizationDefined committee =
                fx.organization(election, OrganizationKind.ELECTION_COMMITTEE, "Ủy ban bầu cử xã Tân Lập", null, null);
        UUID id = committee.organizationId();
        fx.send(
                Topics.TALLY_MINUTES,
                area,
                MinutesAccepted.TYPE,
                new MinutesAccepted(
                        election, area, Body.COMMUNE_COUNCIL, unit, 1, List.of(), true, true, id, CLOSE.plusDays(1)));
        String onTime = "1/1 báo cáo đúng hạn";
        await(s -> id.toString().equals(s.get("nomineeId")) && onTime.equals(s.get("evidence")));

        fx.send(
                Topics.TALLY_RESULTS,
                unit,
                UnitResultCertified.TYPE,
                new UnitResultCertified(
                        election, unit, Body.COMMUNE_COUNCIL, id, OffsetDateTime.parse("2021-06-03T08:00:00+07:00")));
        fx.send(
                Topics.TALLY_ANNOUNCEMENTS,
                election,
                ResultsAnnounced.TYPE,
                announced(unit, LocalDate.of(2021, 6, 2), id, OffsetDateTime.parse("2021-06-03T10:00:00+07:00")));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions().stream().noneMatch(s -> id.toString().equals(s.get("nomineeId"))));
    }

    @Test
    void oneCallTurnsASuggestionIntoANomination_K6() {
        UUID area = UUID.randomUUID();
        OrganizationDefined team =
                fx.organization(election, OrganizationKind.ELECTION_TEAM, "Tổ bầu cử số 9", null, area);
        fx.send(
                Topics.TALLY_MINUTES,
                area,
                TurnoutReported.TYPE,
                new TurnoutReported(election, area, "CLOSE", 640, 640, CLOSE));
        String suggestion = (String) await(s -> team.organizationId().toString().equals(s.get("nomineeId")))
                .get("id");
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", "19", List.of());
        Map<String, Object> body = Map.of("campaignId", campaign, "form", "PROVINCIAL_CERTIFICATE_OF_MERIT");

        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/suggestions/" + suggestion + "/nomination")
                .then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("nomineeId", equalTo(team.organizationId().toString()))
                .body(
                        "dossier.achievementReport",
                        equalTo("Khu vực bỏ phiếu đạt 100% cử tri đi bầu: 640/640 (CLOSE, 2021-05-23T19:00+07:00)"))
                .body("dossier.criteriaMet", equalTo(List.of("HIGH_TURNOUT")));
        given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/suggestions/" + suggestion + "/nomination")
                .then()
                .statusCode(409);
    }

    private MinutesAccepted minutes(UUID area, Body body, int version, List<String> warnings) {
        boolean clean = warnings == null;
        return new MinutesAccepted(
                election,
                area,
                body,
                UUID.randomUUID(),
                version,
                clean ? List.of() : warnings,
                clean && version == 1,
                true,
                null,
                CLOSE.plusHours(5 + version));
    }

    private List<Map<String, Object>> suggestions() {
        return given().header(Tokens.OFFICER)
                .get("/api/v1/suggestions?limit=500&electionId=" + election)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** An announcement of a council's results covering {@code unit}, late when made after {@code deadline}. */
    private ResultsAnnounced announced(UUID unit, LocalDate deadline, UUID announcer, OffsetDateTime at) {
        boolean late = at.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDate()
                .isAfter(deadline);
        return new ResultsAnnounced(
                UUID.randomUUID(),
                election,
                Body.COMMUNE_COUNCIL,
                "19",
                announcer,
                at,
                deadline,
                late,
                List.of(unit),
                List.of());
    }

    private Map<String, Object> await(Predicate<Map<String, Object>> which) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions().stream().anyMatch(which));
        return suggestions().stream().filter(which).findFirst().orElseThrow();
    }
}
