package vn.election.tally.results;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fired inside the transaction that changed these units' results; the published results are rebuilt from
 * it in the same transaction, and then the units take their change numbers ({@link UnitResults#number}).
 * It carries what the change already read, so the documents are built without reading it again.
 *
 * @param figures    by unit id: the figures of each round
 * @param determined by unit id: the determined rounds, oldest first, as changed in this transaction
 */
public record ResultsChanged(
        List<UnitRound> rounds, Map<UUID, UnitFiguresByRound> figures, Map<UUID, List<UnitResult>> determined) {}
