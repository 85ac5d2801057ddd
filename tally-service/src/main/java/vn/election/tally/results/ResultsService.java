package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.tally.UnitResultCertified;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;

/** Reads unit results (M-5) and certifies them (W-8). */
@ApplicationScoped
@Transactional
public class ResultsService {

    private final ElectoralUnitRepository units;
    private final UnitResults results;
    private final UnitResultViews views;
    private final ResultsQueries queries;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public ResultsService(
            ElectoralUnitRepository units,
            UnitResults results,
            UnitResultViews views,
            ResultsQueries queries,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.units = units;
        this.results = results;
        this.views = views;
        this.queries = queries;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    public UnitResultView unit(UUID electionId, UUID unitId) {
        known(electionId, unitId);
        return views.of(List.of(unitId)).get(unitId);
    }

    /**
     * The roll-up per body of an election or of one province (M-6, M-7): the sums of the current minutes
     * of every unit's current round, and the winners of every determined round.
     */
    public SummaryView summary(UUID electionId, String province) {
        return new SummaryView(
                province,
                queries.byBody(electionId, province).stream()
                        .map(ResultsService::summary)
                        .toList());
    }

    private static SummaryView.BodySummary summary(ResultsQueries.BodyFigures f) {
        BigDecimal[] validity = Percentages.shares(f.valid(), f.invalid());
        return new SummaryView.BodySummary(
                f.body(),
                f.units(),
                f.seats(),
                f.elected(),
                f.seats() - f.elected(),
                f.reported(),
                f.expected(),
                f.totalVoters(),
                f.participated(),
                Percentages.of(f.participated(), f.totalVoters()),
                f.valid(),
                f.invalid(),
                validity[0],
                validity[1],
                f.unitsByStatus(),
                f.unitsByStatus().keySet().stream().allMatch(UnitRound::settled));
    }

    /**
     * The competent committee certifies the unit's result (W-8); the unit decides whether it may, with the
     * board's figures, when sent, against the sums of its minutes (CK-7).
     */
    public UnitResultView certify(UUID electionId, UUID unitId, CertificationRequest request) {
        ElectoralUnit unit = known(electionId, unitId);
        UnitRound round = results.lock(List.of(unitId)).get(unitId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        round.certify(
                request, () -> results.figures(List.of(round)).get(unitId), caller.actor(), caller.organization(), now);
        results.publish(List.of(round));
        outbox.record(new UnitResultCertified(electionId, unitId, unit.body(), round.certifiedByOrganization, now));
        return unit(electionId, unitId);
    }

    private ElectoralUnit known(UUID electionId, UUID unitId) {
        return units.findByIdOptional(unitId)
                .filter(u -> u.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", unitId));
    }
}
