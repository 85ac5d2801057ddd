package vn.election.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import vn.election.testing.TestTokens;

/**
 * A small provincial-council election set up through the gateway's public API only, as officials would:
 * two provinces, one 1-seat unit in each (EU-2) with one remote polling area of 4 voters (PA-1, PA-4) and
 * two candidates (C-7). Then the tally's figures are posted the same way: turnout by the polling areas'
 * teams and their count minutes (M-3).
 *
 * <pre>
 *   province 06 Tỉnh Bắc Kạn  / commune 01843 / unit 1 / area 1: Đinh Thị Hà, Lý Văn Thành
 *   province 04 Tỉnh Cao Bằng / commune 01273 / unit 2 / area 2: Hoàng Thị Nga, Nông Văn Dũng
 * </pre>
 */
final class SmallElection {

    static final String BODY = "PROVINCIAL_COUNCIL";
    static final int VOTERS_PER_AREA = 4;

    private static final String NEC = TestTokens.bearer("nec", "nation");

    private static final AtomicBoolean UNITS_DEFINED = new AtomicBoolean();

    /**
     * The provinces and communes; administrative units are shared by every election, so defined once per run,
     * whichever test class comes first.
     */
    static synchronized void defineAdministrativeUnits(String gateway) {
        if (UNITS_DEFINED.getAndSet(true)) {
            return;
        }
        for (String unit : List.of(
                "{\"code\": \"06\", \"name\": \"Tỉnh Bắc Kạn\", \"level\": \"PROVINCE\"}",
                "{\"code\": \"01843\", \"name\": \"Phường Đức Xuân\", \"level\": \"COMMUNE\", \"parentCode\": \"06\"}",
                "{\"code\": \"04\", \"name\": \"Tỉnh Cao Bằng\", \"level\": \"PROVINCE\"}",
                "{\"code\": \"01273\", \"name\": \"Phường Sông Hiến\", \"level\": \"COMMUNE\", \"parentCode\": \"04\"}")) {
            post(gateway, "/api/v1/registry/administrative-units", NEC, unit);
        }
    }

    /** One province's unit: its id, its polling area and its two candidates as the tally knows them. */
    record Unit(UUID id, UUID area, Map<String, UUID> candidates) {
        UUID candidate(String fullName) {
            return candidates.get(fullName);
        }
    }

    final String gateway;
    final UUID id;
    final Unit bacKan;
    final Unit caoBang;

    private SmallElection(String gateway, UUID id, Unit bacKan, Unit caoBang) {
        this.gateway = gateway;
        this.id = id;
        this.bacKan = bacKan;
        this.caoBang = caoBang;
    }

    /** Defines the election (a drill, D-28), its units, areas, voter lists and candidate lists, and waits for the tally to know them. */
    static SmallElection define(String gateway, String name) {
        UUID election = UUID.fromString(post(gateway, "/api/v1/registry/elections", NEC, """
                {"name": "%s", "electionDay": "2031-05-25", "ruleset": "2026", "bodies": ["PROVINCIAL_COUNCIL"],
                 "drill": true}""".formatted(name))
                .getString("id"));
        Unit bacKan = defineUnit(gateway, election, 1, "06", "01843", "0060", "Đinh Thị Hà", "Lý Văn Thành");
        Unit caoBang = defineUnit(gateway, election, 2, "04", "01273", "0040", "Hoàng Thị Nga", "Nông Văn Dũng");
        return new SmallElection(gateway, election, bacKan, caoBang);
    }

    private static Unit defineUnit(
            String gateway,
            UUID election,
            int number,
            String province,
            String commune,
            String idPrefix,
            String firstCandidate,
            String secondCandidate) {
        String base = "/api/v1/registry/elections/" + election;
        UUID unit =
                UUID.fromString(post(gateway, base + "/electoral-units", NEC, """
                {"body": "PROVINCIAL_COUNCIL", "number": %d, "name": "Đơn vị bầu cử số %d", "seats": 1,
                 "administrativeUnitCode": "%s"}""".formatted(number, number, province))
                        .getString("id"));
        UUID area = UUID.fromString(
                post(gateway, base + "/polling-areas", NEC, """
                {"number": %d, "name": "Khu vực bỏ phiếu số %d", "communeCode": "%s", "stationAddress": "Nhà văn hóa tổ %d",
                 "remote": true, "special": false, "electoralUnitIds": ["%s"]}""".formatted(number, number, commune, number, unit))
                        .getString("id"));
        StringBuilder voters = new StringBuilder("citizen_id,full_name,birth_date,category,exclusion\n");
        for (int i = 1; i <= VOTERS_PER_AREA; i++) {
            voters.append("%s9000000%d,Cử tri số %d,1990-04-1%d,PERMANENT,\n".formatted(idPrefix, i, i, i));
        }
        given().baseUri(gateway)
                .header("Authorization", NEC)
                .contentType("text/csv")
                .body(voters.toString())
                .when()
                .post(base + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200);
        post(gateway, base + "/polling-areas/" + area + "/voter-list/finalization", NEC, null);
        defineCandidate(gateway, base, unit, commune, idPrefix + "70000001", firstCandidate, "1982-07-15", "FEMALE");
        defineCandidate(gateway, base, unit, commune, idPrefix + "70000002", secondCandidate, "1970-03-01", "MALE");
        post(gateway, base + "/electoral-units/" + unit + "/candidate-list", NEC, null);
        return new Unit(unit, area, learnedByTheTally(gateway, election, unit));
    }

    private static void defineCandidate(
            String gateway,
            String base,
            UUID unit,
            String residenceCode,
            String citizenId,
            String fullName,
            String birthDate,
            String gender) {
        post(gateway, base + "/candidates", NEC, """
                {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s", "birthDate": "%s", "gender": "%s",
                 "ethnicity": "Tày", "religion": "Không", "hometown": "Bắc Kạn", "residence": "Phường Đức Xuân",
                 "education": "Đại học", "occupation": "Công chức", "workplace": "UBND tỉnh", "partyMember": true,
                 "nomination": "NOMINATED", "biography": "Sinh tại Bắc Kạn.",
                 "residenceCode": "%s"}""".formatted(
                        unit, citizenId, fullName, birthDate, gender, residenceCode));
    }

    /** The unit's candidates by name, once the tally has both and the area's final list (registry events). */
    private static Map<String, UUID> learnedByTheTally(String gateway, UUID election, UUID unit) {
        String path = "/api/v1/tally/elections/" + election + "/units/" + unit;
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = given().baseUri(gateway).get(path);
                    return response.statusCode() == 200
                            && response.jsonPath().getList("candidates").size() == 2
                            && Integer.valueOf(VOTERS_PER_AREA)
                                    .equals(response.jsonPath().get("pollingAreas[0].voters"));
                });
        JsonPath unitView = given().baseUri(gateway).get(path).jsonPath();
        return Map.of(
                unitView.getString("candidates[0].fullName"), UUID.fromString(unitView.getString("candidates[0].id")),
                unitView.getString("candidates[1].fullName"), UUID.fromString(unitView.getString("candidates[1].id")));
    }

    /** The team of the unit's polling area reports how many have voted by a checkpoint. */
    void reportTurnout(Unit unit, String checkpoint, int voted) {
        post(
                gateway,
                "/api/v1/tally/elections/" + id + "/polling-areas/" + unit.area() + "/turnout",
                team(unit),
                "{\"checkpoint\": \"%s\", \"voted\": %d}".formatted(checkpoint, voted));
    }

    /**
     * The team of the unit's polling area submits its count minutes: every voter who came cast a valid
     * ballot for one person (CK-6), so the votes add up to the participants.
     */
    void submitMinutes(Unit unit, int participated, String first, int firstVotes, String second, int secondVotes) {
        post(gateway, "/api/v1/tally/elections/" + id + "/minutes", team(unit), """
                {"pollingAreaId": "%s", "body": "PROVINCIAL_COUNCIL", "round": 1, "totalVoters": %d, "votersParticipated": %d,
                 "ballotsIssued": %d, "ballotsReceived": %d, "valid": %d, "invalid": 0, "ballotsByCount": [%d],
                 "votes": {"%s": %d, "%s": %d}}""".formatted(
                        unit.area(),
                        VOTERS_PER_AREA,
                        participated,
                        participated,
                        participated,
                        participated,
                        participated,
                        unit.candidate(first),
                        firstVotes,
                        unit.candidate(second),
                        secondVotes));
    }

    private static String team(Unit unit) {
        return TestTokens.bearer("team", "polling-area:" + unit.area());
    }

    /** A write that must succeed (2xx); its JSON answer. */
    private static JsonPath post(String gateway, String path, String authorization, String json) {
        var request = given().baseUri(gateway).header("Authorization", authorization);
        if (json != null) {
            request.contentType(ContentType.JSON).body(json);
        }
        var response = request.when().post(path);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath();
    }
}
