package vn.election.tally.published;

import java.util.List;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitRound;

/**
 * A unit's result as published reads find it: its document (the view as JSON), numbered by the change
 * that made it, with the keys lists are read by and the figures the progress sums.
 *
 * @param round the unit's state, which holds the number and time of the change
 * @param path  the unit's administrative unit and every unit above it
 */
record PublishedUnit(UnitRound round, UnitResultView view, List<String> path, String document) {

    /**
     * body (in the order of the Body enum: National Assembly first) / administrative unit / number / unit
     * id: unique, and the order lists are read in.
     */
    String sortKey() {
        return view.body().ordinal() + "/" + view.administrativeUnitCode() + "/" + "%05d".formatted(view.number()) + "/"
                + view.unitId();
    }

    /** Winners shown in the document: of the current round and of earlier ones. */
    int elected() {
        return (int) view.candidates().stream()
                .filter(UnitResultView.CandidateResult::elected)
                .count();
    }

    /** The change, for the stream. */
    PublishedChange change() {
        return new PublishedChange(round.electionId(), view.unitId(), round.changeSeq(), document);
    }
}
