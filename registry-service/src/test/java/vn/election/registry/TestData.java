package vn.election.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the structure tests need through the API. Administrative units are shared by all elections, so
 * every test takes fresh codes from these counters (all test classes run in one JVM and one database).
 */
public final class TestData {

    /** A Sunday years ahead: voter lists are still open (V-9). */
    public static final String FUTURE_SUNDAY = "2031-05-04";
    /** CSV uploads are UTF-8 (Vietnamese names). */
    public static final String CSV = "text/csv; charset=UTF-8";

    /**
     * A province's code has two digits, so the module's tests cannot each have a province of their own: codes 10 to
     * 79 go to the first structures, 80 to 89 stay for tests that need a code nobody has used, and later
     * structures share the provinces 90 to 99 (their communes are still their own).
     */
    private static final AtomicInteger PROVINCES = new AtomicInteger(10);

    private static final int FIRST_RESERVED = 80;
    private static final AtomicInteger RESERVED = new AtomicInteger(FIRST_RESERVED);
    private static final int FIRST_SHARED = 90;
    private static final AtomicInteger SHARED_TURN = new AtomicInteger();
    private static final Set<String> SHARED_DEFINED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger DISTRICTS = new AtomicInteger(100);
    private static final AtomicInteger COMMUNES = new AtomicInteger(10000);

    private TestData() {}

    public static String election(String ruleset, String electionDay, List<String> bodies) {
        return election(ruleset, electionDay, bodies, false);
    }

    /** An election, a drill or a real one (D-28). */
    public static String election(String ruleset, String electionDay, List<String> bodies, boolean drill) {
        String json = "{\"name\": \"Bầu cử thử nghiệm\", \"electionDay\": \"" + electionDay + "\", \"ruleset\": \""
                + ruleset + "\", \"bodies\": ["
                + String.join(",", bodies.stream().map(b -> "\"" + b + "\"").toList())
                + "], \"drill\": " + drill + "}";
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A 2026-ruleset election with NA, provincial and commune councils. */
    public static String election2026() {
        return election("2026", FUTURE_SUNDAY, List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"));
    }

    /** A province code no other test has used (for tests that define the province themselves). */
    public static String nextProvinceCode() {
        int code = RESERVED.getAndIncrement();
        if (code >= FIRST_SHARED) {
            throw new IllegalStateException("more than ten unused province codes asked for: widen the range");
        }
        return String.format("%02d", code);
    }

    public static String nextDistrictCode() {
        return String.format("%03d", DISTRICTS.getAndIncrement());
    }

    public static String nextCommuneCode() {
        return String.format("%05d", COMMUNES.getAndIncrement());
    }

    /** A province of its own while codes last, then one of the shared ones. */
    public static String province(String name) {
        int code = PROVINCES.getAndIncrement();
        if (code < FIRST_RESERVED) {
            return adminUnit(String.format("%02d", code), name, "PROVINCE", null);
        }
        String shared = Integer.toString(FIRST_SHARED + SHARED_TURN.getAndIncrement() % 10);
        synchronized (SHARED_DEFINED) {
            if (SHARED_DEFINED.add(shared)) {
                adminUnit(shared, "Tỉnh dùng chung " + shared, "PROVINCE", null);
            }
        }
        return shared;
    }

    public static String district(String name, String provinceCode) {
        return adminUnit(nextDistrictCode(), name, "DISTRICT", provinceCode);
    }

    public static String commune(String name, String parentCode) {
        return adminUnit(nextCommuneCode(), name, "COMMUNE", parentCode);
    }

    private static String adminUnit(String code, String name, String level, String parent) {
        String json = "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"level\": \"" + level + "\""
                + (parent == null ? "" : ", \"parentCode\": \"" + parent + "\"") + "}";
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(201);
        return code;
    }

    public static String electoralUnit(String electionId, String body, int number, int seats, String adminCode) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"body\": \"" + body + "\", \"number\": " + number + ", \"name\": \"Đơn vị bầu cử số " + number
                        + "\", \"seats\": " + seats + ", \"administrativeUnitCode\": \"" + adminCode + "\"}")
                .when()
                .post("/api/v1/elections/" + electionId + "/electoral-units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String pollingArea(
            String electionId, String communeCode, int number, boolean remote, boolean special, List<String> unitIds) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(pollingAreaJson(communeCode, number, remote, special, unitIds))
                .when()
                .post("/api/v1/elections/" + electionId + "/polling-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String pollingAreaJson(
            String communeCode, int number, boolean remote, boolean special, List<String> unitIds) {
        return "{\"number\": " + number + ", \"name\": \"Khu vực bỏ phiếu số " + number + "\", \"communeCode\": \""
                + communeCode + "\", \"stationAddress\": \"Nhà văn hóa thôn " + number + "\", \"remote\": " + remote
                + ", \"special\": " + special + ", \"electoralUnitIds\": ["
                + String.join(",", unitIds.stream().map(u -> "\"" + u + "\"").toList()) + "]}";
    }

    /**
     * A 2026 election over a fresh province with one commune, one unit per body (NA 3 seats, provincial
     * council 5, commune council 5).
     */
    public static Structure structure2026() {
        String election = election2026();
        String province = province("Tỉnh Thử Nghiệm");
        String commune = commune("Xã Thử Nghiệm", province);
        return new Structure(
                election,
                province,
                commune,
                electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, province),
                electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province),
                electoralUnit(election, "COMMUNE_COUNCIL", 1, 5, commune));
    }

    public record Structure(
            String electionId,
            String provinceCode,
            String communeCode,
            String nationalUnit,
            String provincialUnit,
            String communeUnit) {

        public List<String> units() {
            return List.of(nationalUnit, provincialUnit, communeUnit);
        }

        /** A new polling area of the commune, in the three units. */
        public String pollingArea(int number, boolean remote) {
            return TestData.pollingArea(electionId, communeCode, number, remote, false, units());
        }
    }
}
