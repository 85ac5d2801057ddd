package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.AdministrativeUnitRepository;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.results.Percentages;

/**
 * Live turnout aggregates of the nation, a province or a commune: every polling area of the scope
 * with its list, each area's latest (or one checkpoint's) current figure, summed per part of the scope
 * and over the whole.
 */
@ApplicationScoped
@Transactional
public class TurnoutTotals {

    private final TurnoutQueries queries;
    private final KnownElectionRepository elections;
    private final AdministrativeUnitRepository administrativeUnits;
    private final Checkpoints checkpoints;
    private final PollingClosure closure;

    public TurnoutTotals(
            TurnoutQueries queries,
            KnownElectionRepository elections,
            AdministrativeUnitRepository administrativeUnits,
            Checkpoints checkpoints,
            PollingClosure closure) {
        this.queries = queries;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.checkpoints = checkpoints;
        this.closure = closure;
    }

    /**
     * @param scope      an administrative unit code, or null for the nation
     * @param checkpoint one checkpoint, or null for each polling area's latest report
     */
    public TurnoutSummary summary(UUID electionId, String scope, String checkpoint) {
        if (elections.findByIdOptional(electionId).isEmpty()) {
            throw ProblemException.notFound("election", electionId);
        }
        var unit = scope == null
                ? null
                : administrativeUnits
                        .findByIdOptional(scope)
                        .orElseThrow(() -> ProblemException.notFound("administrative unit", scope));
        String at = checkpoint == null ? null : checkpoints.require("checkpoint", checkpoint);
        List<TurnoutSummary.Part> parts = new ArrayList<>();
        long reported = 0;
        long total = 0;
        long onList = 0;
        long voted = 0;
        OffsetDateTime last = null;
        for (TurnoutQueries.Part part : queries.parts(electionId, scope, at)) {
            TurnoutSummary.Figures f = figures(
                    part.reported(), part.pollingAreas(), part.votersOnList(), part.voted(), part.lastReportAt());
            reported += f.pollingAreasReported();
            total += f.pollingAreasTotal();
            onList += f.votersOnList();
            voted += f.voted();
            if (f.lastReportAt() != null && (last == null || f.lastReportAt().isAfter(last))) {
                last = f.lastReportAt();
            }
            if (part.code() != null) {
                parts.add(new TurnoutSummary.Part(part.code(), part.name(), part.level(), f));
            }
        }
        return new TurnoutSummary(
                scope,
                unit == null ? null : unit.name(),
                unit == null ? null : unit.level(),
                at,
                figures(reported, total, onList, voted, last),
                parts,
                closure.closedAt(electionId).orElse(null));
    }

    private static TurnoutSummary.Figures figures(
            long reported, long total, long onList, long voted, OffsetDateTime last) {
        return new TurnoutSummary.Figures(reported, total, onList, voted, Percentages.of(voted, onList), last);
    }
}
