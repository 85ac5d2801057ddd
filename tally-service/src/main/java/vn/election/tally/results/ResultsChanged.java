package vn.election.tally.results;

import java.util.List;

/**
 * Fired inside the transaction that changed these units' results, once each has its new change number;
 * the published results are rebuilt from it in the same transaction.
 */
public record ResultsChanged(List<UnitRound> rounds) {
}
