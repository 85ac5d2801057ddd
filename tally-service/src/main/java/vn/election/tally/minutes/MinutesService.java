package vn.election.tally.minutes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.tally.MinutesAccepted;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.election.PlaceQueries;
import vn.election.tally.election.PlaceTree;
import vn.election.tally.results.MinutesContribution;
import vn.election.tally.results.UnitResults;
import vn.election.tally.results.UnitRound;

/**
 * Accepts count minutes (M-3) one at a time or a whole commune at once: a fixed number of queries per
 * batch whatever its size (context, units and list counts, unit locks, ballots, current versions), the checks
 * against the voter list (D-18, D-19) and CK-1..CK-10 in memory, then set-based writes (the minutes and their votes, their events in the outbox) and the unit
 * results of the units touched, each once per batch.
 */
@ApplicationScoped
@Transactional
public class MinutesService {

    private final KnownElectionRepository elections;
    private final CountMinutesRepository minutes;
    private final UnitResults results;
    private final PlaceTree places;
    private final PlaceQueries placeQueries;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public MinutesService(
            KnownElectionRepository elections,
            CountMinutesRepository minutes,
            UnitResults results,
            PlaceTree places,
            PlaceQueries placeQueries,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.minutes = minutes;
        this.results = results;
        this.places = places;
        this.placeQueries = placeQueries;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The outcome of one item of a batch.
     *
     * @param status  201 accepted; 403 (outside the caller's jurisdiction), 404, 409 or 422 rejected with
     *                {@code problem}
     * @param minutes the stored version when accepted
     */
    @Schema(name = "CountMinutesItemResult")
    public record ItemResult(
            int index,
            UUID pollingAreaId,
            Body body,
            int status,
            MinutesView minutes,
            Problem problem,
            @JsonIgnore @Schema(hidden = true) ProblemException error) {
        static ItemResult accepted(int index, MinutesSubmission item, MinutesView minutes) {
            return new ItemResult(index, item.pollingAreaId(), item.body(), 201, minutes, null, null);
        }

        static ItemResult rejected(int index, MinutesSubmission item, ProblemException error) {
            Problem problem = error.toProblem();
            return new ItemResult(index, item.pollingAreaId(), item.body(), problem.status(), null, problem, error);
        }
    }

    /** One set of minutes; a rejection is thrown as the problem it is. */
    public MinutesView submit(UUID electionId, MinutesSubmission submission) {
        ItemResult result = submitAll(electionId, List.of(submission)).get(0);
        if (result.error() != null) {
            throw result.error();
        }
        return result.minutes();
    }

    /**
     * Many minutes at once (a committee uploading a commune): each item accepted or rejected on its own.
     * Only the team of the polling area or an organization above it submits its minutes: a board for its
     * own unit's body, a committee inside its administrative unit, the council anywhere; an item outside the
     * caller's jurisdiction is refused alone, with 403.
     */
    public List<ItemResult> submitAll(UUID electionId, List<MinutesSubmission> items) {
        KnownElection election = elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
        Set<UUID> areas = new HashSet<>();
        items.forEach(i -> areas.add(i.pollingAreaId()));
        PlaceTree.Hierarchy hierarchy = places.hierarchy().knowing(areas);
        Map<AreaBody, PlaceQueries.VotingList> listOf = votingLists(areas);
        Set<UUID> units = new HashSet<>();
        listOf.values().forEach(l -> units.add(l.unitId()));
        Map<UUID, UnitRound> rounds = results.lock(units);
        Map<UUID, List<UUID>> ballots = results.ballots(rounds.values());
        Map<AreaRound, CountMinutes> currents = new HashMap<>();
        minutes.currentOf(areas).forEach(m -> currents.put(new AreaRound(m.pollingAreaId, m.body, m.round), m));

        OffsetDateTime now = OffsetDateTime.now(clock);
        // M-4, R-2: polling-area minutes are due within the ruleset's days after election day
        boolean beforeDeadline = now.isBefore(election.endOf(
                election.electionDay().plusDays(election.ruleset().pollingAreaMinutesDays())));
        List<ItemResult> out = new ArrayList<>(items.size());
        Set<AreaRound> seen = new HashSet<>();
        Set<UnitRound> touched = new LinkedHashSet<>();
        List<CountMinutes> accepted = new ArrayList<>();
        List<MinutesAccepted> events = new ArrayList<>();
        List<MinutesContribution> contributions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MinutesSubmission item = items.get(i);
            try {
                caller.requireWithin(Jurisdiction.pollingArea(item.pollingAreaId()), hierarchy.forBody(item.body()));
                PlaceQueries.VotingList list = listOf.get(new AreaBody(item.pollingAreaId(), item.body()));
                UUID unitId = list == null ? null : list.unitId();
                UnitRound round = unitId == null ? null : rounds.get(unitId);
                if (round == null || !round.electionId().equals(electionId)) {
                    throw ProblemException.notFound("polling area voting for " + item.body(), item.pollingAreaId());
                }
                // D-7: the minutes name their round; only the unit's open round takes them
                AreaRound key = new AreaRound(item.pollingAreaId(), item.body(), item.round());
                round.requireOpen(key.round());
                if (!seen.add(key)) {
                    throw ProblemException.conflict("the minutes of polling area " + key.pollingArea() + " for "
                            + key.body() + " appear twice in this batch");
                }
                CountMinutes previous = currents.get(key);
                int version = previous == null ? 1 : previous.nextVersion(item);
                MinutesChecks.Result checked =
                        MinutesChecks.check(item, round.seats(), ballots.getOrDefault(unitId, List.of()));
                List<Problem.FieldError> hard = new ArrayList<>();
                MinutesChecks.againstTheList(item, listedVoters(list)).ifPresent(hard::add);
                hard.addAll(checked.hard());
                if (!hard.isEmpty()) {
                    throw ProblemException.ruleViolations(hard);
                }
                CountMinutes stored = new CountMinutes(
                        election.id(),
                        unitId,
                        key.round(),
                        version,
                        item,
                        checked.warnings(),
                        now,
                        key.round() > 1 || beforeDeadline,
                        caller.actor(),
                        caller.organization());
                accepted.add(stored);
                events.add(accepted(stored));
                contributions.add(stored.contribution(1));
                if (previous != null) {
                    contributions.add(previous.contribution(-1));
                }
                touched.add(round);
                out.add(ItemResult.accepted(i, item, MinutesView.of(stored)));
            } catch (ProblemException e) {
                out.add(ItemResult.rejected(i, item, e));
            }
        }
        minutes.write(accepted);
        outbox.recordAll(events);
        results.changed(touched, contributions);
        return out;
    }

    /** Every version of a polling area's minutes for a body, oldest first. */
    public List<MinutesView> history(UUID electionId, UUID pollingArea, Body body) {
        List<MinutesView> all = minutes.history(pollingArea, body).stream()
                .filter(m -> m.electionId.equals(electionId))
                .map(MinutesView::of)
                .toList();
        if (all.isEmpty()) {
            throw ProblemException.notFound("minutes of polling area for " + body, pollingArea);
        }
        return all;
    }

    /** The current minutes of the newest round. */
    public MinutesView current(UUID electionId, UUID pollingArea, Body body) {
        return history(electionId, pollingArea, body).stream()
                .filter(MinutesView::current)
                .reduce((first, later) -> later)
                .orElseThrow();
    }

    private static MinutesAccepted accepted(CountMinutes m) {
        return new MinutesAccepted(
                m.electionId,
                m.pollingAreaId,
                m.body,
                m.unitId,
                m.version,
                m.warningList(),
                m.firstTimeRight(),
                m.onTime,
                m.submittedByOrganization,
                m.acceptedAt);
    }

    /**
     * The unit each polling area votes in per body (PA-4) and its list's count (D-18), in the one query of the
     * batch. Whether the unit is of this election is checked on its locked state (a polling area of another
     * election is not found).
     */
    private Map<AreaBody, PlaceQueries.VotingList> votingLists(Set<UUID> areas) {
        Map<AreaBody, PlaceQueries.VotingList> lists = new HashMap<>();
        placeQueries.votingLists(areas).forEach(l -> lists.put(new AreaBody(l.pollingAreaId(), l.body()), l));
        return lists;
    }

    /**
     * D-19: minutes wait for their polling area's finalized list; without it the tally could not tell the
     * denominator of W-1, and taking the team's figure is what D-18 forbids. A conflict: the same minutes are
     * accepted once the list has arrived.
     */
    private static int listedVoters(PlaceQueries.VotingList list) {
        if (list.listedVoters() == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "the finalized voter list of polling area " + list.pollingAreaId() + " has not reached the tally",
                    List.of(Problem.FieldError.of(
                            "totalVoters",
                            Rule.D_19,
                            "no finalized voter list of polling area " + list.pollingAreaId() + " for " + list.body()
                                    + " has reached the tally yet; submit again once it has")));
        }
        return list.listedVoters();
    }

    private record AreaBody(UUID pollingArea, Body body) {}

    private record AreaRound(UUID pollingArea, Body body, int round) {}
}
