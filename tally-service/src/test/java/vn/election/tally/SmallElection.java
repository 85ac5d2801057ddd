package vn.election.tally;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;
import vn.election.testing.TestEvents;

/**
 * A small 2026 election, defined the way the registry defines it: through its events on the real
 * broker. One province with two communes; three polling areas (PA1, PA2 in commune 1, PA3 in commune 2)
 * with 1000, 800 and 600 voters for every body; and four electoral units:
 * <ul>
 * <li>NA: 2 seats, 4 candidates, all three polling areas;</li>
 * <li>provincial council: 3 seats, 5 candidates, all three polling areas;</li>
 * <li>commune 1 council: 2 seats, 3 candidates, PA1 and PA2;</li>
 * <li>commune 2 council: 1 seat, 2 candidates, PA3.</li>
 * </ul>
 * Candidates are listed oldest first: candidate i was born on 1 January of 1960 + i.
 * Every instance uses fresh ids and codes, so test classes do not meet.
 *
 * <p>{@link #define2021} makes the same election under the 2021 ruleset, where the two communes lie in a
 * district of the province (province → district → commune) and the election has a district council too (ED-3),
 * with no unit of its own here.
 */
public final class SmallElection {

    public static final LocalDate ELECTION_DAY = LocalDate.of(2026, 3, 15);

    public final UUID id = UUID.randomUUID();
    public final String province = code();
    /** The district between the province and its communes (2021 ruleset), or null (2026). */
    public final String district;

    public final String commune1 = code();
    public final String commune2 = code();
    public final UUID pa1 = UUID.randomUUID();
    public final UUID pa2 = UUID.randomUUID();
    public final UUID pa3 = UUID.randomUUID();
    public final Unit na = new Unit(Body.NATIONAL_ASSEMBLY, 2, 4, province, List.of(pa1, pa2, pa3));
    public final Unit provincial = new Unit(Body.PROVINCIAL_COUNCIL, 3, 5, province, List.of(pa1, pa2, pa3));
    public final Unit commune1Unit = new Unit(Body.COMMUNE_COUNCIL, 2, 3, commune1, List.of(pa1, pa2));
    public final Unit commune2Unit = new Unit(Body.COMMUNE_COUNCIL, 1, 2, commune2, List.of(pa3));
    public final Map<UUID, Integer> voters = Map.of(pa1, 1000, pa2, 800, pa3, 600);

    private final ObjectMapper json;
    private final boolean twins;
    private final boolean drill;

    /** An electoral unit of this election; {@code candidates} in ballot order. */
    public record Unit(
            UUID id, Body body, int seats, List<UUID> candidates, String administrativeUnit, List<UUID> pollingAreas) {
        Unit(Body body, int seats, int candidates, String administrativeUnit, List<UUID> pollingAreas) {
            this(UUID.randomUUID(), body, seats, randomIds(candidates), administrativeUnit, pollingAreas);
        }

        public UUID candidate(int index) {
            return candidates.get(index);
        }
    }

    private SmallElection(ObjectMapper json, boolean twins, boolean drill, boolean withDistrict) {
        this.json = json;
        this.twins = twins;
        this.drill = drill;
        this.district = withDistrict ? code() : null;
    }

    /** Sends the registry's events and waits until the tally has applied them all. */
    public static SmallElection define(ObjectMapper json) {
        return define(json, false, false, false);
    }

    /**
     * The same election, except that in every unit candidates 1 and 2 are born on the same day, 1 January
     * 1961 (W-4: a tie between them is not settled by age).
     */
    public static SmallElection withTwins(ObjectMapper json) {
        return define(json, true, false, false);
    }

    /** The same election, as a drill (D-28). */
    public static SmallElection drill(ObjectMapper json) {
        return define(json, false, true, false);
    }

    /** The same election under the 2021 ruleset: the communes lie in a district of the province. */
    public static SmallElection define2021(ObjectMapper json) {
        return define(json, false, false, true);
    }

    private static SmallElection define(ObjectMapper json, boolean twins, boolean drill, boolean withDistrict) {
        SmallElection e = new SmallElection(json, twins, drill, withDistrict);
        e.sendStructure();
        e.sendCandidateLists();
        e.awaitReadModel();
        return e;
    }

    public List<Unit> units() {
        return List.of(na, provincial, commune1Unit, commune2Unit);
    }

    /** Withdraws a candidate as the registry would, and waits until the tally shows it. */
    public void withdraw(Unit unit, UUID candidate, String reason) {
        sendCandidates(new CandidateWithdrawn(id, unit.id(), candidate, reason), CandidateWithdrawn.TYPE);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> unitView(unit)
                        .getList("candidates.findAll { it.withdrawn }.id")
                        .contains(candidate.toString()));
    }

    /** The same minutes for the unit's second round (D-7), once it is open. */
    public static Map<String, Object> inRound2(Map<String, Object> minutes) {
        minutes.put("round", 2);
        return minutes;
    }

    /** Opens a unit's second round on {@code date} as {@code token} would (D-8). */
    public ValidatableResponse openSecondRound(Unit unit, Header token, String date) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(Map.of("date", date))
                .post("/api/v1/elections/" + id + "/results/units/" + unit.id() + "/rounds")
                .then();
    }

    /**
     * Opens a unit's second round on 29 March 2026, 14 days after election day, as its competent body would
     * (D-9): the council for the NA unit, the committee of the unit's administrative unit for a council's.
     */
    public ValidatableResponse openSecondRound(Unit unit) {
        return openSecondRound(
                        unit,
                        unit.body() == Body.NATIONAL_ASSEMBLY
                                ? Tokens.NEC
                                : Tokens.committee(unit.administrativeUnit()),
                        "2026-03-29")
                .statusCode(201);
    }

    /**
     * Count minutes of a polling area for a unit (round 1): the area's listed voters, {@code participated} ballots
     * issued and received, of which {@code invalid} invalid; n_k and the votes in ballot order.
     */
    public Map<String, Object> minutes(
            UUID area, Unit unit, int participated, int invalid, List<Integer> ballotsByCount, int... votes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pollingAreaId", area);
        m.put("body", unit.body());
        m.put("round", 1);
        m.put("totalVoters", voters.get(area));
        m.put("votersParticipated", participated);
        m.put("ballotsIssued", participated);
        m.put("ballotsReceived", participated);
        m.put("valid", participated - invalid);
        m.put("invalid", invalid);
        m.put("ballotsByCount", ballotsByCount);
        Map<String, Integer> byCandidate = new LinkedHashMap<>();
        for (int i = 0; i < votes.length; i++) {
            byCandidate.put(unit.candidate(i).toString(), votes[i]);
        }
        m.put("votes", byCandidate);
        return m;
    }

    /**
     * Sends a polling area's finalized voter list as the registry would, with its version (D-20). It does not wait:
     * see {@link #awaitListed}.
     */
    public void sendVoterList(UUID area, Map<Body, Integer> votersByBody, long version) {
        sendStructure(
                new VoterListFinalized(
                        id, area, votersByBody, OffsetDateTime.parse("2026-03-10T08:00:00+07:00"), version),
                VoterListFinalized.TYPE);
    }

    /** Waits until the tally lists {@code voters} voters at the polling area for the unit's body. */
    public void awaitListed(Unit unit, UUID area, int voters) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Integer.valueOf(voters)
                        .equals(unitView(unit).get("pollingAreas.find { it.id == '" + area + "' }.voters")));
    }

    /**
     * A further polling area of commune 2 (number 2, voting in the NA, provincial and commune 2 units) whose voter
     * list the registry has not finalized: the tally knows the area, not its list (D-19).
     */
    public UUID pollingAreaWithoutList() {
        UUID area = UUID.randomUUID();
        definePollingArea(area, 2, commune2, commune2Unit);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> unitView(commune2Unit).getList("pollingAreas.id").contains(area.toString()));
        return area;
    }

    /** Submits count minutes as the election team of their polling area would. */
    public ValidatableResponse submit(Map<String, Object> minutes) {
        return given().header(Tokens.team((UUID) minutes.get("pollingAreaId")))
                .contentType(ContentType.JSON)
                .body(minutes)
                .post("/api/v1/elections/" + id + "/minutes")
                .then();
    }

    /** Certifies a unit's result as the committee of its administrative unit would, without the board's figures. */
    public ValidatableResponse certify(Unit unit) {
        return certify(unit, Map.of());
    }

    /** Certifies a unit's result as the committee of its administrative unit would, with the board's figures. */
    public ValidatableResponse certify(Unit unit, Map<String, Object> figures) {
        return given().header(Tokens.committee(unit.administrativeUnit()))
                .contentType(ContentType.JSON)
                .body(figures)
                .post("/api/v1/elections/" + id + "/results/units/" + unit.id() + "/certification")
                .then();
    }

    public JsonPath unitView(Unit unit) {
        return given().get("/api/v1/elections/" + id + "/units/" + unit.id())
                .then()
                .extract()
                .jsonPath();
    }

    private void sendStructure() {
        sendStructure(
                new ElectionDefined(
                        id,
                        district == null ? "Bầu cử thử nghiệm 2026" : "Bầu cử thử nghiệm 2021",
                        ELECTION_DAY,
                        "Asia/Ho_Chi_Minh",
                        district == null ? Ruleset.R2026 : Ruleset.R2021,
                        district == null
                                ? List.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL, Body.COMMUNE_COUNCIL)
                                : List.of(
                                        Body.NATIONAL_ASSEMBLY,
                                        Body.PROVINCIAL_COUNCIL,
                                        Body.DISTRICT_COUNCIL,
                                        Body.COMMUNE_COUNCIL),
                        drill),
                ElectionDefined.TYPE);
        sendStructure(
                new AdministrativeUnitDefined(province, "Tỉnh Thử nghiệm", AdministrativeLevel.PROVINCE, null),
                AdministrativeUnitDefined.TYPE);
        if (district != null) {
            sendStructure(
                    new AdministrativeUnitDefined(district, "Huyện Thử nghiệm", AdministrativeLevel.DISTRICT, province),
                    AdministrativeUnitDefined.TYPE);
        }
        String communesParent = district == null ? province : district;
        sendStructure(
                new AdministrativeUnitDefined(commune1, "Xã Một", AdministrativeLevel.COMMUNE, communesParent),
                AdministrativeUnitDefined.TYPE);
        sendStructure(
                new AdministrativeUnitDefined(commune2, "Xã Hai", AdministrativeLevel.COMMUNE, communesParent),
                AdministrativeUnitDefined.TYPE);
        int number = 1;
        for (Unit unit : units()) {
            sendStructure(
                    new ElectoralUnitDefined(
                            id,
                            unit.id(),
                            unit.body(),
                            number,
                            "Đơn vị bầu cử số " + number,
                            unit.seats(),
                            unit.administrativeUnit()),
                    ElectoralUnitDefined.TYPE);
            number++;
        }
        definePollingArea(pa1, 1, commune1, commune1Unit);
        definePollingArea(pa2, 2, commune1, commune1Unit);
        definePollingArea(pa3, 1, commune2, commune2Unit);
        voters.forEach((area, count) -> sendStructure(
                new VoterListFinalized(
                        id,
                        area,
                        Map.of(
                                Body.NATIONAL_ASSEMBLY,
                                count,
                                Body.PROVINCIAL_COUNCIL,
                                count,
                                Body.COMMUNE_COUNCIL,
                                count),
                        OffsetDateTime.parse("2026-02-03T08:00:00+07:00")),
                VoterListFinalized.TYPE));
    }

    private void definePollingArea(UUID area, int number, String commune, Unit communeUnit) {
        sendStructure(
                new PollingAreaDefined(
                        id,
                        area,
                        number,
                        "Khu vực bỏ phiếu số " + number,
                        commune,
                        Map.of(
                                Body.NATIONAL_ASSEMBLY,
                                na.id(),
                                Body.PROVINCIAL_COUNCIL,
                                provincial.id(),
                                Body.COMMUNE_COUNCIL,
                                communeUnit.id()),
                        false,
                        false),
                PollingAreaDefined.TYPE);
    }

    private void sendCandidateLists() {
        for (Unit unit : units()) {
            List<CandidateListPublished.Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < unit.candidates().size(); i++) {
                candidates.add(new CandidateListPublished.Candidate(
                        unit.candidate(i),
                        "Ứng cử viên " + (i + 1),
                        LocalDate.of(1960 + (twins && i == 2 ? 1 : i), 1, 1),
                        i % 2 == 0 ? "FEMALE" : "MALE"));
            }
            sendCandidates(
                    new CandidateListPublished(id, unit.id(), unit.body(), unit.seats(), candidates),
                    CandidateListPublished.TYPE);
        }
    }

    private void awaitReadModel() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> units().stream().allMatch(unit -> {
                    var response = given().get("/api/v1/elections/" + id + "/units/" + unit.id());
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    JsonPath view = response.jsonPath();
                    return view.getList("candidates").size()
                                    == unit.candidates().size()
                            && view.getList("pollingAreas.voters").stream()
                                            .filter(v -> v != null)
                                            .count()
                                    == unit.pollingAreas().size();
                }));
    }

    private void sendStructure(Object event, String type) {
        TestEvents.send(
                Topics.REGISTRY_STRUCTURE, id.toString(), UUID.randomUUID().toString(), type, write(event));
    }

    private void sendCandidates(Object event, String type) {
        TestEvents.send(
                Topics.REGISTRY_CANDIDATES, id.toString(), UUID.randomUUID().toString(), type, write(event));
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> randomIds(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return List.copyOf(ids);
    }

    /** A fresh administrative code: codes are global, not per election. */
    private static String code() {
        return "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
