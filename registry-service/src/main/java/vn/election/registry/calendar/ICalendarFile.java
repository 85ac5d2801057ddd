package vn.election.registry.calendar;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.election.registry.election.Milestone;

/**
 * An election's calendar as an iCalendar file (RFC 5545) that a calendar application subscribes to: one VEVENT per
 * milestone, all-day on its day, or at its hour on the election-day clock (C-2's 17:00, V-9's 07:00). Text is
 * escaped (backslash, semicolon, comma, newline) and lines longer than 75 octets are folded, never inside a UTF-8
 * character. The stamp is the election's definition, so the file of an election never changes.
 */
final class ICalendarFile {

    static final String MEDIA_TYPE = "text/calendar";
    /** What a drill's calendar says before its name and every event's (D-28). */
    static final String DRILL = "[DIỄN TẬP] ";

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder();

    private ICalendarFile() {}

    static String of(CalendarView calendar, OffsetDateTime stamp) {
        var file = new ICalendarFile();
        String zone = calendar.timeZone();
        String prefix = calendar.drill() ? DRILL : "";
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//vn.election//registry calendar//VI");
        file.line("CALSCALE:GREGORIAN");
        file.line("X-WR-CALNAME:" + text(prefix + calendar.name()));
        file.line("X-WR-TIMEZONE:" + zone);
        // Vietnam keeps UTC+07:00 all year, without daylight saving
        file.line("BEGIN:VTIMEZONE");
        file.line("TZID:" + zone);
        file.line("BEGIN:STANDARD");
        file.line("DTSTART:19700101T000000");
        file.line("TZOFFSETFROM:+0700");
        file.line("TZOFFSETTO:+0700");
        file.line("TZNAME:ICT");
        file.line("END:STANDARD");
        file.line("END:VTIMEZONE");
        for (Milestone m : calendar.milestones()) {
            file.line("BEGIN:VEVENT");
            file.line("UID:" + calendar.electionId() + "-" + m.step() + (m.body() == null ? "" : "-" + m.body())
                    + "@registry.vn-election");
            file.line("DTSTAMP:" + stamp.withOffsetSameInstant(ZoneOffset.UTC).format(UTC));
            if (m.time() == null) {
                file.line("DTSTART;VALUE=DATE:" + m.date().format(DATE));
            } else {
                file.line(
                        "DTSTART;TZID=" + zone + ":" + m.date().atTime(m.time()).format(LOCAL));
            }
            file.line("SUMMARY:" + text(prefix + m.title() + " (" + m.rule() + ")"));
            file.line("DESCRIPTION:" + text(description(m)));
            file.line("CATEGORIES:" + text(m.rule()));
            file.line("TRANSP:TRANSPARENT");
            file.line("END:VEVENT");
        }
        file.line("END:VCALENDAR");
        return file.out.toString();
    }

    private static String description(Milestone m) {
        return m.rule() + ": " + m.summary() + " by " + m.due() + "."
                + (m.binding() ? "\nThe registry refuses it afterwards." : "");
    }

    /** RFC 5545 TEXT: backslash, semicolon and comma escaped, newlines as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** One content line, folded at 75 octets (RFC 5545 3.1), ended by CRLF. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
