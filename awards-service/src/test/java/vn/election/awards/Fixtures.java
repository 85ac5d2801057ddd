package vn.election.awards;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationKind;
import vn.election.testing.TestEvents;

/**
 * Test data: the registry's and the tally's events sent over the real broker (records serialized with
 * the service's own ObjectMapper), and the awards API driven with tokens: an officer drafts and submits,
 * an approver judges and decides (K-9, {@link vn.election.awards.nomination.Action}).
 */
public final class Fixtures {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    /** Province codes handed out one each, from 20 up: "19" is the shared one, "18" nobody's. */
    private static final AtomicInteger PROVINCES = new AtomicInteger(20);

    private final ObjectMapper json;

    public Fixtures(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A province code (2 digits, as the registry writes them) that no other test's campaign uses, so the
     * decisions of its issuer are numbered from 1 (K-10: one register per issuer).
     */
    public static String provinceOfItsOwn() {
        int code = PROVINCES.getAndIncrement();
        if (code > 99) {
            throw new IllegalStateException("more than 80 provinces of their own: widen the range");
        }
        return Integer.toString(code);
    }

    /** Sends an event as its producer would, under a fresh event id. */
    public void send(String topic, UUID key, String type, Object event) {
        sendAgain(UUID.randomUUID().toString(), topic, key, type, event);
    }

    /** Sends an event under a given event id: the same id again is a redelivery. */
    public void sendAgain(String eventId, String topic, UUID key, String type, Object event) {
        try {
            TestEvents.send(topic, key.toString(), eventId, type, json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An administrative unit defined in the registry (the awards service learns the tree from it). */
    public void administrativeUnit(String code, String name, AdministrativeLevel level, String parentCode) {
        try {
            TestEvents.send(
                    Topics.REGISTRY_STRUCTURE,
                    code,
                    UUID.randomUUID().toString(),
                    AdministrativeUnitDefined.TYPE,
                    json.writeValueAsString(new AdministrativeUnitDefined(code, name, level, parentCode)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An election learned from the registry. */
    public UUID election(Ruleset ruleset) {
        UUID id = UUID.randomUUID();
        LocalDate day = ruleset == Ruleset.R2021 ? LocalDate.of(2021, 5, 23) : LocalDate.of(2026, 3, 15);
        send(
                Topics.REGISTRY_STRUCTURE,
                id,
                ElectionDefined.TYPE,
                new ElectionDefined(
                        id,
                        "Bầu cử thử " + id,
                        day,
                        "Asia/Ho_Chi_Minh",
                        ruleset,
                        List.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL)));
        awaitOk("/api/v1/elections/" + id);
        return id;
    }

    /** An organization learned from the registry, with its members; returns once its nominee is known. */
    public OrganizationDefined organization(
            UUID election,
            OrganizationKind kind,
            String name,
            UUID electoralUnit,
            UUID pollingArea,
            String... members) {
        var event = new OrganizationDefined(
                election,
                UUID.randomUUID(),
                kind,
                name,
                "19",
                electoralUnit,
                pollingArea,
                Arrays.stream(members)
                        .map(m -> new OrganizationDefined.Member(UUID.randomUUID(), m, "Ủy viên", "UBND xã"))
                        .toList());
        send(Topics.REGISTRY_STRUCTURE, election, OrganizationDefined.TYPE, event);
        awaitOk("/api/v1/nominees/" + event.organizationId());
        return event;
    }

    public UUID campaign(UUID election, String authority, String scope, List<Map<String, Object>> quotas) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "electionId",
                election,
                "name",
                "Khen thưởng công tác bầu cử",
                "authority",
                authority,
                "issuerName",
                "PRIME_MINISTER".equals(authority)
                        ? "Thủ tướng Chính phủ"
                        : "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên",
                "issuerScope",
                scope,
                "quotas",
                quotas));
        return UUID.fromString(given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static Map<String, Object> quota(String form, String kind, int max) {
        return Map.of("form", form, "recipientKind", kind, "max", max);
    }

    public UUID enteredNominee(UUID election, String kind, String name) {
        return UUID.fromString(given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "kind",
                        kind,
                        "name",
                        name,
                        "role",
                        "Chuyên viên",
                        "workplace",
                        "Sở Nội vụ"))
                .post("/api/v1/nominees")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public UUID achievement(UUID nominee, String description) {
        return UUID.fromString(given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("description", description))
                .post("/api/v1/nominees/" + nominee + "/achievements")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A complete dossier (K-8) meeting the default criteria (K-6). */
    public static Map<String, Object> completeDossier() {
        return Map.of(
                "submissionNumber",
                "45/TTr-UBBC",
                "submissionDate",
                "2021-06-10",
                "submittingBody",
                "Ủy ban bầu cử tỉnh Thái Nguyên",
                "achievementReport",
                "Hoàn thành xuất sắc nhiệm vụ bầu cử",
                "originalSets",
                2,
                "criteriaMet",
                List.of("TASKS_ON_TIME", "MINUTES_WITHOUT_ERRORS", "HIGH_TURNOUT", "NO_VIOLATIONS"),
                "attachments",
                List.of(Map.of(
                        "kind",
                        "ACHIEVEMENT_REPORT",
                        "fileName",
                        "bao-cao.pdf",
                        "mediaType",
                        "application/pdf",
                        "sizeBytes",
                        48213,
                        "sha256",
                        "a".repeat(64))));
    }

    /** A DRAFT nomination of a new achievement of {@code nominee}, with a complete dossier. */
    public UUID nominate(UUID campaign, UUID nominee, String form) {
        return UUID.fromString(nominateAs(Tokens.OFFICER, campaign, nominee, form)
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** Asks, as the holder of {@code token}, for a nomination of a new achievement of {@code nominee}. */
    public ValidatableResponse nominateAs(Header token, UUID campaign, UUID nominee, String form) {
        UUID achievement = achievement(nominee, "Thành tích " + UUID.randomUUID());
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        campaign,
                        "nomineeId",
                        nominee,
                        "achievementId",
                        achievement,
                        "form",
                        form,
                        "dossier",
                        completeDossier()))
                .post("/api/v1/nominations")
                .then();
    }

    /** Takes a transition of K-9 as the holder of {@code token}. */
    public ValidatableResponse transition(UUID nomination, Header token, Map<String, Object> body) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/nominations/" + nomination + "/transitions")
                .then();
    }

    public static Map<String, Object> act(String action) {
        return Map.of("action", action, "reason", "Theo quy trình");
    }

    /** Takes a nomination from DRAFT to COUNCIL_REVIEWED with {@code votesFor} of 10 present. */
    public void toCouncilReviewed(UUID nomination, int votesFor) {
        transition(nomination, Tokens.OFFICER, act("SUBMIT")).statusCode(200);
        for (String action : List.of("CHECK", "APPRAISE")) {
            transition(nomination, Tokens.APPROVER, act(action)).statusCode(200);
        }
        Map<String, Object> review = new HashMap<>(act("COUNCIL_REVIEW"));
        review.put(
                "councilMinutes",
                Map.of("meetingOn", "2021-06-15", "members", 11, "present", 10, "votesFor", votesFor));
        transition(nomination, Tokens.APPROVER, review).statusCode(200);
    }

    /** A council-reviewed nomination of a new nominee, ready to be decided. */
    public UUID reviewed(UUID campaign, UUID election, String kind, String name, String form) {
        UUID nomination = nominate(campaign, enteredNominee(election, kind, name), form);
        toCouncilReviewed(nomination, 9);
        return nomination;
    }

    public ValidatableResponse decide(UUID campaign, String signedOn, List<UUID> nominations) {
        return given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "campaignId",
                        campaign,
                        "nominationIds",
                        nominations,
                        "signedOn",
                        signedOn,
                        "signedBy",
                        "Trịnh Việt Hùng, Chủ tịch UBND tỉnh"))
                .post("/api/v1/decisions")
                .then();
    }

    public static void awaitOk(String path) {
        Awaitility.await()
                .atMost(ARRIVAL)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().header(Tokens.OFFICER).get(path).statusCode() == 200);
    }
}
