package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Topics;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem.FieldError;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnits;

/** Reads unit results (M-5) and certifies them (W-8). */
@ApplicationScoped
@Transactional
public class ResultsService {

    /** The states a committee may certify: determined, with no round still to hold (W-8). */
    private static final Set<UnitStatus> CERTIFIABLE =
            Set.of(UnitStatus.VALID, UnitStatus.ADDITIONAL_ELECTION_DONE, UnitStatus.REPEAT_ELECTION_DONE);

    private final EntityManager em;
    private final ElectoralUnits units;
    private final UnitResults results;
    private final UnitResultViews views;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public ResultsService(
            EntityManager em,
            ElectoralUnits units,
            UnitResults results,
            UnitResultViews views,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.em = em;
        this.units = units;
        this.results = results;
        this.views = views;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    public UnitResultView unit(UUID electionId, UUID unitId) {
        known(electionId, unitId);
        return views.of(List.of(unitId)).get(unitId);
    }

    /**
     * The roll-up per body of an election or of one province (M-6, M-7), with set-based SQL: the sums of
     * the current minutes of every unit's current round, and the winners of every determined round.
     */
    public SummaryView summary(UUID electionId, String province) {
        String inProvince = province == null
                ? ""
                : " and (eu.administrative_unit_code = ?2 or eu.administrative_unit_code in "
                        + "(select code from administrative_unit where parent_code = ?2))";
        var query = em.createNativeQuery("""
                select eu.body, count(*), sum(eu.seats), coalesce(sum(w.elected), 0),
                       coalesce(sum(f.reported), 0), coalesce(sum(x.expected), 0), coalesce(sum(f.total_voters), 0),
                       coalesce(sum(f.participated), 0), coalesce(sum(f.valid), 0), coalesce(sum(f.invalid), 0),
                       string_agg(coalesce(r.status, 'FIRST_COUNT'), ',')
                from electoral_unit eu
                left join unit_round r on r.unit_id = eu.id
                left join (select m.unit_id, count(*) reported, sum(m.total_voters) total_voters,
                                  sum(m.voters_participated) participated, sum(m.valid) valid, sum(m.invalid) invalid
                           from count_minutes m left join unit_round mr on mr.unit_id = m.unit_id
                           where m.election_id = ?1 and m.current and m.round = coalesce(mr.round, 1)
                           group by m.unit_id) f on f.unit_id = eu.id
                left join (select pau.unit_id, count(*) expected from polling_area_unit pau
                           join polling_area pa on pa.id = pau.polling_area_id where pa.election_id = ?1
                           group by pau.unit_id) x on x.unit_id = eu.id
                left join (select ur.unit_id, sum(cardinality(ur.elected)) elected from unit_result ur
                           group by ur.unit_id) w on w.unit_id = eu.id
                where eu.election_id = ?1""" + inProvince + " group by eu.body order by eu.body")
                .setParameter(1, electionId);
        if (province != null) {
            query.setParameter(2, province);
        }
        List<SummaryView.BodySummary> bodies = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long seats = ((Number) r[2]).longValue();
            long elected = ((Number) r[3]).longValue();
            long totalVoters = ((Number) r[6]).longValue();
            long participated = ((Number) r[7]).longValue();
            long valid = ((Number) r[8]).longValue();
            long invalid = ((Number) r[9]).longValue();
            Map<UnitStatus, Long> byStatus = new EnumMap<>(UnitStatus.class);
            for (String status : ((String) r[10]).split(",")) {
                byStatus.merge(UnitStatus.valueOf(status), 1L, Long::sum);
            }
            boolean complete =
                    byStatus.keySet().stream().allMatch(s -> CERTIFIABLE.contains(s) || s == UnitStatus.FINAL);
            BigDecimal[] validity = Percentages.shares(valid, invalid);
            bodies.add(new SummaryView.BodySummary(
                    Body.valueOf((String) r[0]),
                    ((Number) r[1]).longValue(),
                    seats,
                    elected,
                    seats - elected,
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    totalVoters,
                    participated,
                    Percentages.of(participated, totalVoters),
                    valid,
                    invalid,
                    validity[0],
                    validity[1],
                    byStatus,
                    complete));
        }
        return new SummaryView(province, bodies);
    }

    /**
     * Locks the unit's result: its minutes can no longer change and its state becomes FINAL (W-8).
     * The board's figures, when sent, must equal the sums of the polling areas' minutes (CK-7).
     */
    public UnitResultView certify(UUID electionId, UUID unitId, CertificationRequest request) {
        ElectoralUnit unit = known(electionId, unitId);
        UnitRound round = results.lock(List.of(unitId)).get(unitId);
        if (round.certified()) {
            throw ProblemException.conflict("electoral unit " + unitId + " is already certified");
        }
        if (!CERTIFIABLE.contains(round.status)) {
            throw ProblemException.conflict("electoral unit " + unitId + " is " + round.status
                    + ": only a determined result with no round left to hold is certified (W-8)");
        }
        if (request != null) {
            checkBoardFigures(request, results.figures(List.of(round)).get(unitId));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        round.certifiedAt = now;
        round.certifiedBy = caller.actor();
        round.certifiedByOrganization = caller.organization();
        round.status = UnitStatus.FINAL;
        results.publish(List.of(round));
        outbox.record(
                Topics.TALLY_RESULTS,
                unitId.toString(),
                UnitResultCertified.TYPE,
                new UnitResultCertified(electionId, unitId, unit.body(), round.certifiedByOrganization, now));
        return unit(electionId, unitId);
    }

    /** CK-7: the unit's figures are the sums of its polling areas' minutes. */
    private static void checkBoardFigures(CertificationRequest board, UnitFigures sums) {
        List<FieldError> errors = new ArrayList<>();
        compare(errors, "votersParticipated", board.votersParticipated(), sums.participated());
        compare(errors, "valid", board.valid(), sums.valid());
        compare(errors, "invalid", board.invalid(), sums.invalid());
        if (board.votes() != null) {
            Map<UUID, Long> summed = new HashMap<>(sums.votes());
            board.votes()
                    .forEach((candidate, votes) ->
                            compare(errors, "votes[" + candidate + "]", votes, summed.getOrDefault(candidate, 0L)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
    }

    private static void compare(List<FieldError> errors, String field, Long board, long sum) {
        if (board != null && board != sum) {
            errors.add(new FieldError(
                    field,
                    "CK-7",
                    field + " " + board + " differs from " + sum + ", the sum of the polling areas' minutes"));
        }
    }

    private ElectoralUnit known(UUID electionId, UUID unitId) {
        return units.findByIdOptional(unitId)
                .filter(u -> u.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", unitId));
    }
}
