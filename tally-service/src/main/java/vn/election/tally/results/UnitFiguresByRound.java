package vn.election.tally.results;

import java.util.Map;

/**
 * A unit's figures for each round its minutes were counted in (W-8: a bầu thêm or bầu lại is counted
 * apart from the first round), summed once and read by the determination and the result views alike.
 *
 * @param expected polling areas that vote in the unit (PA-4), the same in every round
 * @param rounds   the figures by round number; a round with no minutes yet is absent
 */
public record UnitFiguresByRound(long expected, Map<Integer, UnitFigures> rounds) {

    /** The figures of this round, or none counted yet. */
    public UnitFigures of(int round) {
        UnitFigures figures = rounds.get(round);
        return figures == null ? UnitFigures.none(expected) : figures;
    }
}
