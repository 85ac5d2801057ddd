package vn.election.tally.results;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The competent body opens the second round a unit's first round called for (D-8, D-9). Its kind, seats and
 * ballot follow from the law (W-5, W-6); the body fixes its day.
 *
 * @param date     the day it is held: after election day, at the latest the ruleset's last day (15 days)
 * @param proposal the reference of the proposal it is opened on (for an NA unit, the provincial committee's)
 */
@Schema(name = "SecondRoundOpening", description = "Opening of a bầu thêm (W-5) or bầu lại (W-6) by the competent body")
public record SecondRoundRequest(
        @NotNull @Schema(description = "The day it is held", example = "2026-03-29")
        LocalDate date,

        @Size(max = 200)
        @Schema(
                description = "The proposal it is opened on, e.g. the provincial committee's tờ trình",
                example = "Tờ trình số 12/TTr-UBBC",
                nullable = true)
        String proposal) {}
