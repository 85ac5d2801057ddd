package vn.election.tally.annulment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.election.PlaceQueries;
import vn.election.tally.minutes.CountMinutesRepository;
import vn.election.tally.results.UnitResults;
import vn.election.tally.results.UnitRound;

/**
 * Annulments (W-6): the unit's state annuls its first round's result ({@link UnitRound#annul}), its minutes
 * are marked, its result is published again with the reason, and the annulment is recorded with its event,
 * all in one transaction.
 */
@ApplicationScoped
@Transactional
public class AnnulmentService {

    /** Only a first round's result is annulled (D-10). */
    private static final int FIRST_ROUND = 1;

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final PlaceQueries places;
    private final UnitResults results;
    private final CountMinutesRepository minutes;
    private final AnnulmentRepository annulments;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    AnnulmentService(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            PlaceQueries places,
            UnitResults results,
            CountMinutesRepository minutes,
            AnnulmentRepository annulments,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.units = units;
        this.places = places;
        this.results = results;
        this.minutes = minutes;
        this.annulments = annulments;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    public AnnulmentView annul(UUID electionId, AnnulmentRequest request) {
        known(electionId);
        ElectoralUnit unit = units.findByIdOptional(request.unitId())
                .filter(u -> u.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", request.unitId()));
        requireProposalFits(unit.body(), request);
        requireVotesIn(unit, request.pollingAreaId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Annulment annulment =
                new Annulment(electionId, unit.body(), request, caller.actor(), caller.organization(), now);
        UnitRound round = results.lock(List.of(unit.id())).get(unit.id());
        UnitStatus prior = round.annul(annulment.id, annulment.reason, now);
        annulment.annuls(FIRST_ROUND, prior);
        minutes.annul(unit.id(), FIRST_ROUND, request.pollingAreaId(), annulment.id);
        annulments.persist(annulment);
        results.publish(List.of(round));
        outbox.record(annulment.event());
        return annulment.view();
    }

    public List<AnnulmentView> ofElection(UUID electionId) {
        known(electionId);
        return annulments.ofElection(electionId).stream().map(Annulment::view).toList();
    }

    public AnnulmentView get(UUID electionId, UUID annulmentId) {
        return annulments
                .findByIdOptional(annulmentId)
                .filter(a -> a.electionId.equals(electionId))
                .map(Annulment::view)
                .orElseThrow(() -> ProblemException.notFound("annulment", annulmentId));
    }

    private void known(UUID electionId) {
        if (elections.findByIdOptional(electionId).isEmpty()) {
            throw ProblemException.notFound("election", electionId);
        }
    }

    /** W-6: the provincial committee proposes the annulment of an NA result only; no council's is proposed. */
    private static void requireProposalFits(Body body, AnnulmentRequest request) {
        if (body != Body.NATIONAL_ASSEMBLY && (request.proposedBy() != null || request.proposalReference() != null)) {
            throw ProblemException.ruleViolation(
                    request.proposedBy() != null ? "proposedBy" : "proposalReference",
                    Rule.W_6,
                    "only the annulment of a National Assembly result is proposed by the provincial committee");
        }
    }

    /** PA-4: the polling area whose result is annulled votes in the unit for its body. */
    private void requireVotesIn(ElectoralUnit unit, UUID pollingArea) {
        if (pollingArea == null) {
            return;
        }
        boolean votesIn = places.votingLists(List.of(pollingArea)).stream()
                .anyMatch(v -> v.body() == unit.body() && v.unitId().equals(unit.id()));
        if (!votesIn) {
            throw ProblemException.ruleViolation(
                    "pollingAreaId",
                    Rule.PA_4,
                    "polling area " + pollingArea + " does not vote in electoral unit " + unit.id() + " for "
                            + unit.body());
        }
    }
}
