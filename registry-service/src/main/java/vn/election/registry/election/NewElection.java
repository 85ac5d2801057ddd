package vn.election.registry.election;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/** The body of {@code POST /api/v1/elections}. */
@Schema(name = "NewElection", description = "A new election (cuộc bầu cử)")
public record NewElection(
        @Schema(example = "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031")
        @NotBlank
        @Size(max = 300)
        String name,

        @Schema(example = "2026-03-15", description = "Election day (ngày bầu cử), a Sunday (ED-1)") @NotNull
        LocalDate electionDay,

        @Schema(example = "2026", description = "The rules it is held under: 2021 or 2026") @NotNull
        Ruleset ruleset,

        @Schema(
                example = "[\"NATIONAL_ASSEMBLY\", \"PROVINCIAL_COUNCIL\", \"COMMUNE_COUNCIL\"]",
                description = "The bodies it elects; the 2026 ruleset has no DISTRICT_COUNCIL (ED-3)")
        @NotEmpty
        @Size(max = 4)
        List<@NotNull Body> bodies,

        @Schema(
                description = "A drill (diễn tập), not a real election: its calendar binds only the lists' freeze "
                        + "(V-9) and every answer about it says it is a drill (D-28). Fixed at definition; "
                        + "default false",
                defaultValue = "false",
                nullable = true)
        Boolean drill) {

    /** D-28: absent is a real election. */
    public boolean isDrill() {
        return Boolean.TRUE.equals(drill);
    }
}
