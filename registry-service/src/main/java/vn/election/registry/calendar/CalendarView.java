package vn.election.registry.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Ruleset;
import vn.election.registry.election.Election;
import vn.election.registry.election.Milestone;

/** An election's calendar as the API shows it (D-26). */
@Schema(name = "ElectionCalendar", description = "The election calendar (lịch trình bầu cử): each step's latest day")
public record CalendarView(
        UUID electionId,

        @Schema(example = "Bầu cử đại biểu Quốc hội khóa XVI")
        String name,

        @Schema(example = "2026-03-15") LocalDate electionDay,
        @Schema(example = "Asia/Ho_Chi_Minh") String timeZone,
        @Schema(example = "2026") Ruleset ruleset,

        @Schema(description = "A drill (diễn tập): only V-9 binds (D-28)")
        boolean drill,

        @Schema(description = "In the order of their days") List<Milestone> milestones) {

    static CalendarView of(Election e) {
        return new CalendarView(
                e.id(),
                e.name(),
                e.electionDay(),
                e.zone().getId(),
                e.ruleset(),
                e.drill(),
                e.calendar().milestones());
    }
}
