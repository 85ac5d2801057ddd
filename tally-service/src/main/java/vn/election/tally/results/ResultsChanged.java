package vn.election.tally.results;

import java.util.List;

/**
 * Fired inside the transaction that changed these units' results; the published results are rebuilt from
 * it in the same transaction, and then the units take their change numbers ({@link UnitResults#number}).
 */
public record ResultsChanged(List<UnitRound> rounds) {
}
