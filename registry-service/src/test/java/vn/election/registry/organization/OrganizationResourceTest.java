package vn.election.registry.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.access.Roles;
import vn.election.events.registry.OrganizationMemberChanged;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestEvents;

@QuarkusTest
class OrganizationResourceTest {

    private static final AtomicLong CITIZEN_IDS = new AtomicLong(7_000_000_000L);

    @Test
    void aBoardOfTheRightSizeHasNoWarning_ORG1_ORG2() {
        TestData.Structure s = TestData.structure2026();
        // 2026: a provincial council's board has 11-15 members
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, null))
                .statusCode(201)
                .body("administrativeUnitCode", equalTo(s.provinceCode()))
                .body("members", hasSize(11))
                .body("members[0].role", equalTo("Trưởng ban"))
                .body("warnings", empty());
    }

    @Test
    void aBoardOutsideTheSizeRangeIsAcceptedWithAWarning_ORG2() {
        TestData.Structure s = TestData.structure2026();
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(5, null))
                .statusCode(201)
                .body("warnings[0].field", equalTo("members"))
                .body("warnings[0].code", equalTo("ORG-2"))
                .body(
                        "warnings[0].message",
                        equalTo("5 members; the law asks 11-15 for "
                                + "ELECTION_BOARD/PROVINCIAL_COUNCIL under the 2026 ruleset"));
    }

    @Test
    void aTeamBelongsToAPollingAreaAndACommitteeToAnAdministrativeUnit_ORG1() {
        TestData.Structure s = TestData.structure2026();
        define(
                        s.electionId(),
                        "ELECTION_TEAM",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(11, null))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("administrativeUnitCode", "pollingAreaId")))
                .body("errors.code", equalTo(List.of("ORG-1", "ORG-1")));
        define(
                        s.electionId(),
                        "ELECTION_COMMITTEE",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(9, null))
                .statusCode(201)
                .body("warnings", empty());
        define(
                        s.electionId(),
                        "ELECTION_COMMITTEE",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(9, null))
                .statusCode(409);
    }

    @Test
    void aCandidateMayNotJoinTheTeamOfTheirUnit_ORG3() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String person = nextCitizenId();
        file(s.electionId(), s.communeUnit(), s.communeCode(), person, "Lưu Văn Ứng")
                .statusCode(201);

        define(s.electionId(), "ELECTION_TEAM", "\"pollingAreaId\": \"" + area + "\"", members(11, person))
                .statusCode(422)
                .body("errors[0].field", equalTo("members[3]"))
                .body("errors[0].code", equalTo("ORG-3"));
        // the same person may sit on the board of a unit where they do not stand
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.nationalUnit() + "\"",
                        members(11, person))
                .statusCode(201);
    }

    @Test
    void aMemberOfTheUnitsBoardMayFileThereTheFilingIsNotRefused_ORG3() {
        // ORG-3 asks the member to leave the board by the official list's day: the filing stands, the conflict shows
        TestData.Structure s = TestData.structure2026();
        String person = nextCitizenId();
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, person))
                .statusCode(201);
        // 2026: a People's Council's official list is published 16 days before election day at the latest
        file(s.electionId(), s.provincialUnit(), s.provinceCode(), person, "Hà Văn Ban")
                .statusCode(201)
                .body("conflicts[0].rule", equalTo("ORG-3"))
                .body("conflicts[0].organizationName", equalTo("Tổ chức thử"))
                .body("conflicts[0].withdrawBy", equalTo("2031-04-18"))
                .body("conflicts[0].message", equalTo("must withdraw from Tổ chức thử by 2031-04-18"));
    }

    @Test
    void theSamePersonIsMatchedByCitizenIdNotByNameAndBirthDate_ORG3() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true); // in all three units of the structure
        String member = nextCitizenId();
        define(s.electionId(), "ELECTION_TEAM", "\"pollingAreaId\": \"" + area + "\"", members(11, member))
                .statusCode(201);
        // "Thành Viên 3", born 1970-02-14 like the member, but another citizen: no conflict
        file(s.electionId(), s.communeUnit(), s.communeCode(), nextCitizenId(), "Thành Viên 3")
                .statusCode(201)
                .body("conflicts", empty());
        // the member under another spelling of the name, born on another day: the same citizen, a conflict
        file(s.electionId(), s.nationalUnit(), null, member, "Thanh Vien Ba", "1971-03-15")
                .statusCode(201)
                .body("conflicts[0].rule", equalTo("ORG-3"))
                // 2026: the NA's official list, 21 days before election day
                .body("conflicts[0].withdrawBy", equalTo("2031-04-13"));
    }

    @Test
    void theListWaitsUntilTheFoundingBodyReplacesTheCandidate_ORG3_D31_D33() {
        TestData.Structure s = TestData.structure2026();
        // a provincial unit of 1 seat needs 2 candidates (C-7)
        String unit = TestData.electoralUnit(s.electionId(), "PROVINCIAL_COUNCIL", 2, 1, s.provinceCode());
        String person = nextCitizenId();
        String board = define(
                        s.electionId(), "ELECTION_BOARD", "\"electoralUnitId\": \"" + unit + "\"", members(11, person))
                .statusCode(201)
                .extract()
                .path("id");
        String candidate = file(s.electionId(), unit, s.provinceCode(), person, "Hà Văn Ban")
                .statusCode(201)
                .extract()
                .path("id");
        file(s.electionId(), unit, s.provinceCode(), nextCitizenId(), "Lò Văn Khác")
                .statusCode(201);
        String organization = "/api/v1/elections/" + s.electionId() + "/organizations/" + board;
        String list = "/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list";

        // officials see the conflict on the organization and on the list; the public sees neither
        String memberId = given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .when()
                .get(organization)
                .then()
                .statusCode(200)
                .body("members.find { it.citizenId == '" + person + "' }.conflicts[0].candidateId", equalTo(candidate))
                .body(
                        "members.find { it.citizenId == '" + person + "' }.conflicts[0].withdrawBy",
                        equalTo("2031-04-18"))
                .extract()
                .path("members.find { it.citizenId == '" + person + "' }.memberId");
        given().when()
                .get(organization)
                .then()
                .statusCode(200)
                .body("members.findAll { it.containsKey('conflicts') }", empty());
        given().header(Tokens.NEC)
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .body("candidates.find { it.id == '" + candidate + "' }.conflicts[0].rule", equalTo("ORG-3"));

        // D-31: the official list is not published while the candidate sits on the board
        given().header(Tokens.NEC)
                .when()
                .post(list)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("candidates"))
                .body("errors[0].code", equalTo("ORG-3"));

        // the founding body (the province's committee) removes and replaces them
        Header founder = Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode());
        String newcomer = nextCitizenId();
        given().header(founder)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Ứng cử tại đơn vị này\", \"replacement\": "
                        + member(newcomer, "Người Thay Thế", "Ủy viên") + "}")
                .when()
                .post(organization + "/members/" + memberId + "/replacement")
                .then()
                .statusCode(200)
                .body("members", hasSize(11))
                .body("members.citizenId", not(hasItem(person)))
                .body("members.citizenId", hasItem(newcomer))
                .body("members.findAll { it.conflicts.size() > 0 }", empty())
                .body("warnings", empty());
        given().header(Tokens.NEC).when().post(list).then().statusCode(200);
        // the change goes out: the member who left, the one who joined naming them, then the new state
        List<String> events = TestEvents.readUntil(
                        Topics.REGISTRY_STRUCTURE,
                        Duration.ofSeconds(60),
                        seen -> memberChanges(seen, board).size() == 2)
                .stream()
                .filter(r -> !memberChanges(List.of(r), board).isEmpty())
                .map(ConsumerRecord::value)
                .toList();
        assertEquals(2, events.size(), events.toString());
        assertTrue(
                events.get(0).contains("\"change\":\"WITHDRAWN\"")
                        && events.get(0).contains(memberId),
                events.get(0));
        assertTrue(
                events.get(1).contains("\"change\":\"ADDED\"")
                        && events.get(1).contains("\"replacesMemberId\":\"" + memberId + "\""),
                events.get(1));

        // the history: 11 founding members, then the withdrawal and the addition naming the member replaced
        List<String> changes = new ArrayList<>(Collections.nCopies(11, "FOUNDED"));
        changes.addAll(List.of("WITHDRAWN", "ADDED"));
        given().header(founder)
                .when()
                .get(organization + "/member-changes")
                .then()
                .statusCode(200)
                .body("change", equalTo(changes))
                .body("[11].memberId", equalTo(memberId))
                .body("[11].reason", equalTo("Ứng cử tại đơn vị này"))
                .body("[11].changedBy", equalTo(Tokens.subject(founder)))
                .body("[12].fullName", equalTo("Người Thay Thế"))
                .body("[12].replacesMemberId", equalTo(memberId));
        // who recorded it is for officials only
        given().when()
                .get(organization + "/member-changes")
                .then()
                .statusCode(200)
                .body("[11].reason", equalTo("Ứng cử tại đơn vị này"))
                .body("findAll { it.containsKey('changedBy') }", empty());
    }

    @Test
    void membersJoinAndLeaveThroughTheFoundingBodyWithSizeWarnings_ORG2_D33() {
        TestData.Structure s = TestData.structure2026();
        String board = define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.communeUnit() + "\"",
                        members(9, null))
                .statusCode(201)
                .body("warnings", empty())
                .extract()
                .path("id");
        String organization = "/api/v1/elections/" + s.electionId() + "/organizations/" + board;
        Header commune = Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.communeCode());
        String joining = nextCitizenId();
        String memberId = given().header(commune)
                .contentType(ContentType.JSON)
                .body(member(joining, "Đinh Văn Mới", "Ủy viên"))
                .when()
                .post(organization + "/members")
                .then()
                .statusCode(201)
                .body("members", hasSize(10))
                .extract()
                .path("members.find { it.citizenId == '" + joining + "' }.memberId");
        // the same person twice: 409
        given().header(commune)
                .contentType(ContentType.JSON)
                .body(member(joining, "Đinh Văn Mới", "Ủy viên"))
                .when()
                .post(organization + "/members")
                .then()
                .statusCode(409);
        // another province's committee is not the founding body
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + TestData.province("Tỉnh Khác")))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Chuyển công tác\"}")
                .when()
                .post(organization + "/members/" + memberId + "/withdrawal")
                .then()
                .statusCode(403);
        given().header(commune)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Chuyển công tác\"}")
                .when()
                .post(organization + "/members/" + memberId + "/withdrawal")
                .then()
                .statusCode(200)
                .body("members", hasSize(9))
                .body("warnings", empty());
        given().header(commune)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"lần nữa\"}")
                .when()
                .post(organization + "/members/" + memberId + "/withdrawal")
                .then()
                .statusCode(404);
        // 2026: a commune council's board has 9-15 members; 8 is accepted with a warning
        String another = given().header(commune)
                .when()
                .get(organization)
                .then()
                .extract()
                .path("members[0].memberId");
        given().header(commune)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Nghỉ hưu\"}")
                .when()
                .post(organization + "/members/" + another + "/withdrawal")
                .then()
                .statusCode(200)
                .body("members", hasSize(8))
                .body("warnings[0].code", equalTo("ORG-2"))
                .body(
                        "warnings[0].message",
                        equalTo(
                                "8 members; the law asks 9-15 for ELECTION_BOARD/COMMUNE_COUNCIL under the 2026 ruleset"));
        // a candidate of the unit may not join its board
        String candidate = nextCitizenId();
        file(s.electionId(), s.communeUnit(), s.communeCode(), candidate, "Vi Văn Ứng")
                .statusCode(201);
        given().header(commune)
                .contentType(ContentType.JSON)
                .body(member(candidate, "Vi Văn Ứng", "Ủy viên"))
                .when()
                .post(organization + "/members")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("citizenId"))
                .body("errors[0].code", equalTo("ORG-3"));
    }

    @Test
    void aTeamOfAnArmedForcesUnitAloneHas5To9Members_ORG2() {
        TestData.Structure s = TestData.structure2026();
        String armed = "\"armedForcesOnly\": true, \"pollingAreaId\": \"" + s.pollingArea(1, true) + "\"";
        define(s.electionId(), "ELECTION_TEAM", armed, members(9, null))
                .statusCode(201)
                .body("armedForcesOnly", equalTo(true))
                .body("warnings", empty());
        define(
                        s.electionId(),
                        "ELECTION_TEAM",
                        "\"armedForcesOnly\": true, \"pollingAreaId\": \"" + s.pollingArea(2, true) + "\"",
                        members(11, null))
                .statusCode(201)
                .body(
                        "warnings[0].message",
                        equalTo("11 members; the law asks 5-9 for ELECTION_TEAM/ARMED_FORCES under the 2026 ruleset"));
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"armedForcesOnly\": true, \"electoralUnitId\": \"" + s.communeUnit() + "\"",
                        members(9, null))
                .statusCode(422)
                .body("errors[0].field", equalTo("armedForcesOnly"))
                .body("errors[0].code", equalTo("ORG-1"));
    }

    @Test
    void the2026RulesetHasNoDistrictCommittee_ORG1() {
        String election = TestData.election2026();
        String district = TestData.district("Huyện Cũ", TestData.province("Tỉnh Cũ"));
        define(election, "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + district + "\"", members(9, null))
                .statusCode(422)
                .body("errors[0].code", equalTo("ORG-1"));
    }

    /** The OrganizationMemberChanged events of this organization among {@code records}. */
    private static List<ConsumerRecord<String, String>> memberChanges(
            List<ConsumerRecord<String, String>> records, String organizationId) {
        return records.stream()
                .filter(r -> OrganizationMemberChanged.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(organizationId))
                .toList();
    }

    /**
     * {@code n} members "Thành Viên i", born 1970-02-14, each a citizen of their own; member 3 is the citizen
     * {@code citizenId} when given.
     */
    static String members(int n, String citizenId) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String citizen = i == 3 && citizenId != null ? citizenId : nextCitizenId();
            members.add(member(citizen, "Thành Viên " + i, i == 0 ? "Trưởng ban" : "Ủy viên"));
        }
        return "[" + String.join(",", members) + "]";
    }

    static String member(String citizenId, String fullName, String role) {
        return "{\"citizenId\": \"" + citizenId + "\", \"fullName\": \"" + fullName + "\", \"role\": \"" + role
                + "\", \"birthDate\": \"1970-02-14\", \"workplace\": \"UBND xã\"}";
    }

    static String nextCitizenId() {
        return String.format("%012d", CITIZEN_IDS.getAndIncrement());
    }

    static ValidatableResponse file(
            String election, String unit, String residenceCode, String citizenId, String fullName) {
        return file(election, unit, residenceCode, citizenId, fullName, "1970-02-14");
    }

    /** Files a candidate (a self-nominated engineer living in {@code residenceCode}, if given) in {@code unit}. */
    static ValidatableResponse file(
            String election, String unit, String residenceCode, String citizenId, String fullName, String birthDate) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s",
                         "birthDate": "%s", "gender": "MALE", "ethnicity": "Kinh", "religion": "Không",
                         "hometown": "Bắc Kạn", "residence": "Bắc Kạn", "education": "Đại học", "occupation": "Kỹ sư",
                         "workplace": "Sở Xây dựng", "partyMember": false, "nomination": "SELF_NOMINATED",
                         "biography": "Tự ứng cử.", "residenceCode": %s}""".formatted(
                                unit,
                                citizenId,
                                fullName,
                                birthDate,
                                residenceCode == null ? "null" : "\"" + residenceCode + "\""))
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then();
    }

    static ValidatableResponse define(String election, String kind, String place, String members) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"name\": \"Tổ chức thử\", " + place + ", \"members\": " + members
                        + "}")
                .when()
                .post("/api/v1/elections/" + election + "/organizations")
                .then();
    }

    @Test
    void membersDatesOfBirthAreNotPublic() {
        TestData.Structure s = TestData.structure2026();
        String id = define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, null))
                .statusCode(201)
                .body("members[0].birthDate", equalTo("1970-02-14"))
                .extract()
                .path("id");
        String path = "/api/v1/elections/" + s.electionId() + "/organizations/" + id;

        // the members' order is not kept by the store: every member is checked
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members", hasSize(11))
                .body("members.fullName", hasItem("Thành Viên 0"))
                .body("members.findAll { it.containsKey('birthDate') }", empty());
        given().header(Tokens.of(Roles.TEAM, "polling-area:" + UUID.randomUUID()))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members.findAll { it.containsKey('birthDate') }", empty());
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members.birthDate", everyItem(equalTo("1970-02-14")));
    }

    @Test
    void theCouncilSetsUpTheProvincesCommitteesAndTheyTheOnesBelow_ORG1() {
        TestData.Structure s = TestData.structure2026();
        String provinceCommittee = "\"administrativeUnitCode\": \"" + s.provinceCode() + "\"";
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"ELECTION_COMMITTEE\", \"name\": \"Ủy ban bầu cử tỉnh\", " + provinceCommittee
                        + ", \"members\": " + members(21, null) + "}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/organizations")
                .then()
                .statusCode(403)
                .body("errors[0].code", equalTo("ORG-1"));
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .contentType(ContentType.JSON)
                .body(
                        "{\"kind\": \"ELECTION_COMMITTEE\", \"name\": \"Ủy ban bầu cử xã\", \"administrativeUnitCode\": \""
                                + s.communeCode() + "\", \"members\": " + members(9, null) + "}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/organizations")
                .then()
                .statusCode(201);
    }
}
