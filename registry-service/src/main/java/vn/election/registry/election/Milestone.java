package vn.election.registry.election;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** One step of an election's calendar with its latest day (D-26). */
@Schema(name = "Milestone", description = "A milestone of the election calendar (lịch trình bầu cử)")
public record Milestone(
        @Schema(example = "DOSSIERS_FILED") CalendarStep step,

        @Schema(example = "C-2", description = "The rule that sets it")
        String rule,

        @Schema(description = "The body it concerns, when it differs by body (R-2, R-4)", nullable = true)
        Body body,

        @Schema(example = "Hạn nộp hồ sơ ứng cử") String title,
        @Schema(example = "candidates' dossiers are filed") String summary,

        @Schema(example = "2026-02-01", description = "Its day on the election-day clock")
        LocalDate date,

        @Schema(example = "17:00", description = "Its hour when it ends at an hour, else null", nullable = true)
        @JsonFormat(pattern = "HH:mm")
        LocalTime time,

        @Schema(
                example = "2026-02-01T17:00:00+07:00",
                description = "The instant it ends: its hour, or the midnight that ends its day")
        OffsetDateTime closesAt,

        @Schema(description = "Whether the registry refuses the step after it (D-26; a drill's only V-9, D-28)")
        boolean binding) {

    /** Its day, with its hour when it has one. */
    public String due() {
        return time == null ? date.toString() : date + " " + time;
    }
}
