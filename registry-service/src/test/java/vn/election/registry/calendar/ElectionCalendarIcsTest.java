package vn.election.registry.calendar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.election.registry.Tokens;

/**
 * The calendar as an iCalendar file (RFC 5545), read back by a small reader here: lines end with CRLF, none is
 * longer than 75 octets, long lines unfold to the original text, text is escaped, and each milestone is one VEVENT
 * with a unique UID, a UTC DTSTAMP and an all-day or a Vietnam-time DTSTART (D-26).
 */
@QuarkusTest
class ElectionCalendarIcsTest {

    /** Long enough to fold, with a comma and a semicolon to escape, in Vietnamese (multi-octet characters). */
    private static final String NAME =
            "Bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp; nhiệm kỳ 2026–2031";

    @Test
    void theCalendarReadsBackAsOneEventPerMilestone_D26() {
        String election = define(NAME, false);
        String ics = ics(election);

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String physical : ics.split("\r\n")) {
            assertTrue(!physical.contains("\n") && !physical.contains("\r"), "a bare line break: " + physical);
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + physical);
        }
        List<String> lines = unfold(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.contains("X-WR-CALNAME:" + NAME.replace(",", "\\,").replace(";", "\\;")));
        assertTrue(lines.contains("TZID:Asia/Ho_Chi_Minh"));

        List<Map<String, String>> events = events(lines);
        assertEquals(20, events.size());
        Set<String> uids = new HashSet<>();
        for (Map<String, String> event : events) {
            assertTrue(uids.add(event.get("UID")), "a repeated UID: " + event.get("UID"));
            assertTrue(event.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), event.get("DTSTAMP"));
        }
        Map<String, String> units = event(events, "-ELECTORAL_UNITS_PUBLISHED@");
        assertEquals("20251225", units.get("DTSTART;VALUE=DATE"));
        assertEquals("Công bố đơn vị bầu cử (EU-1)", units.get("SUMMARY"));
        assertEquals(
                "EU-1: the electoral units are published by 2025-12-25.\\nThe registry refuses it afterwards.",
                units.get("DESCRIPTION"));
        Map<String, String> dossiers = event(events, "-DOSSIERS_FILED@");
        assertEquals("20260201T170000", dossiers.get("DTSTART;TZID=Asia/Ho_Chi_Minh"));
        Map<String, String> frozen = event(events, "-VOTER_LISTS_FROZEN@");
        assertEquals("20260314T070000", frozen.get("DTSTART;TZID=Asia/Ho_Chi_Minh"));
        Map<String, String> naResults = event(events, "-RESULTS_ANNOUNCED-NATIONAL_ASSEMBLY@");
        assertEquals("20260325", naResults.get("DTSTART;VALUE=DATE"));
        assertEquals("Hạn công bố kết quả bầu cử Quốc hội (R-2)", naResults.get("SUMMARY"));
    }

    @Test
    void aDrillsCalendarSaysDienTapInItsNameAndEveryEvent_D28() {
        String election = define("Bắc Kạn", true);
        List<String> lines = unfold(ics(election));

        assertTrue(lines.contains("X-WR-CALNAME:[DIỄN TẬP] Bắc Kạn"));
        for (Map<String, String> event : events(lines)) {
            assertTrue(event.get("SUMMARY").startsWith("[DIỄN TẬP] "), event.get("SUMMARY"));
        }
    }

    private static String define(String name, boolean drill) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"electionDay\": \"2026-03-15\", \"ruleset\": \"2026\", "
                        + "\"bodies\": [\"NATIONAL_ASSEMBLY\", \"PROVINCIAL_COUNCIL\", \"COMMUNE_COUNCIL\"], "
                        + "\"drill\": " + drill + "}")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String ics(String election) {
        byte[] file = given().when()
                .get("/api/v1/elections/" + election + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asByteArray();
        return new String(file, StandardCharsets.UTF_8);
    }

    /** RFC 5545 3.1: a CRLF followed by one space or tab continues the line. */
    private static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    /** Each VEVENT's properties, keyed by name with its parameters ({@code DTSTART;VALUE=DATE}). */
    private static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static Map<String, String> event(List<Map<String, String>> events, String uidPart) {
        return events.stream()
                .filter(e -> e.get("UID").contains(uidPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uidPart));
    }
}
