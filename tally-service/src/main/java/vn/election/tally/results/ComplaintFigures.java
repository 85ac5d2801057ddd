package vn.election.tally.results;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complaints sections of count minutes, summed (M-3, M-5, D-12): how many minutes recorded one, and the
 * complaints they received, settled at the polling areas and passed to the board.
 *
 * @param minutesRecording minutes that recorded a complaints section (absent is "none recorded", not zero)
 */
@Schema(name = "ComplaintFigures", description = "Complaints in the count minutes, summed (M-3, M-5)")
public record ComplaintFigures(
        @Schema(example = "3") long minutesRecording,
        @Schema(example = "4") long received,

        @Schema(description = "Settled by the election teams", example = "3")
        long resolvedByTeams,

        @Schema(description = "Passed by the teams to the board", example = "1")
        long forwardedToBoard) {

    public static final ComplaintFigures NONE = new ComplaintFigures(0, 0, 0, 0);

    /** One minutes' section; none recorded is {@link #NONE}. */
    public static ComplaintFigures recorded(int received, int resolved, int forwarded) {
        return new ComplaintFigures(1, received, resolved, forwarded);
    }

    /** These sums with another's added ({@code sign} 1) or taken back (-1, a corrected version). */
    ComplaintFigures plus(ComplaintFigures other, int sign) {
        return new ComplaintFigures(
                minutesRecording + sign * other.minutesRecording,
                received + sign * other.received,
                resolvedByTeams + sign * other.resolvedByTeams,
                forwardedToBoard + sign * other.forwardedToBoard);
    }
}
