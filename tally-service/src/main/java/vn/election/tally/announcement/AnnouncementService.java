package vn.election.tally.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem.FieldError;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultViews;
import vn.election.tally.results.UnitResults;
import vn.election.tally.results.UnitRound;

/**
 * Announces a body's results: every unit of it in the competent body's jurisdiction must be certified, and
 * those not yet announced are announced and locked (D-14); after the deadline the announcement is still made,
 * marked late (D-15).
 */
@ApplicationScoped
@Transactional
public class AnnouncementService {

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final UnitResults results;
    private final UnitResultViews views;
    private final AnnouncementRepository announcements;
    private final AnnouncementQueries queries;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public AnnouncementService(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            UnitResults results,
            UnitResultViews views,
            AnnouncementRepository announcements,
            AnnouncementQueries queries,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.units = units;
        this.results = results;
        this.views = views;
        this.announcements = announcements;
        this.queries = queries;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    public AnnouncementView announce(UUID electionId, AnnouncementRequest request) {
        KnownElection election = election(electionId);
        if (!election.ruleset().allows(request.body())) {
            throw ProblemException.ruleViolation(
                    "body",
                    Rule.ED_3,
                    request.body() + " is not elected under the "
                            + election.ruleset().code() + " ruleset");
        }
        if (request.body() != Body.NATIONAL_ASSEMBLY && request.administrativeUnitCode() == null) {
            throw ProblemException.ruleViolation(
                    "administrativeUnitCode",
                    Rule.D_14,
                    "a People's Council's results are announced per administrative unit");
        }
        CompetentBody scope = CompetentBody.of(request.body(), request.administrativeUnitCode());
        scope.require(caller);
        List<ElectoralUnit> scopeUnits = units.ofElection(electionId, scope.body()).stream()
                .filter(u -> scope.administrativeUnit() == null
                        || u.administrativeUnitCode().equals(scope.administrativeUnit()))
                .toList();
        if (scopeUnits.isEmpty()) {
            throw ProblemException.notFound(
                    "electoral units of " + scope.body() + " in",
                    scope.jurisdiction().claim());
        }
        Map<UUID, UnitRound> rounds =
                results.lock(scopeUnits.stream().map(ElectoralUnit::id).toList());
        requireAllCertified(scopeUnits, rounds);
        List<ElectoralUnit> announced =
                scopeUnits.stream().filter(u -> !rounds.get(u.id()).announced()).toList();
        if (announced.isEmpty()) {
            throw ProblemException.conflict("the results of " + scope.body() + " in "
                    + scope.jurisdiction().claim() + " are announced already");
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        // due within the ruleset's days after election day; a late announcement is still made (D-15)
        LocalDate deadline = election.ruleset().announcementDeadline(election.electionDay(), scope.body());
        boolean late = !now.isBefore(election.endOf(deadline));
        List<UUID> ids = announced.stream().map(ElectoralUnit::id).toList();
        Announcement announcement = new Announcement(
                electionId, scope, now, caller.actor(), caller.organization(), deadline, late, ids, elected(announced));
        announcements.persist(announcement);
        ids.forEach(id -> rounds.get(id).announce(announcement.id(), now));
        outbox.record(announcement.event());
        return announcement.view();
    }

    /** The announcements of an election, oldest first. */
    public List<AnnouncementView> list(UUID electionId) {
        election(electionId);
        return announcements.ofElection(electionId).stream()
                .map(Announcement::view)
                .toList();
    }

    /**
     * The elected of a body as announced (danh sách người trúng cử): per unit, as its latest announcement listed
     * them (a unit announced again after a repeat election lists its new winners).
     */
    public List<AnnouncementView.Elected> elected(UUID electionId, Body body) {
        election(electionId);
        Map<UUID, List<AnnouncedDeputy>> byUnit = new LinkedHashMap<>();
        announcements.ofElection(electionId).stream()
                .filter(a -> a.body() == body)
                .forEach(a -> {
                    a.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
                    a.elected().forEach(d -> byUnit.get(d.unitId).add(d));
                });
        return byUnit.values().stream()
                .flatMap(List::stream)
                .map(AnnouncedDeputy::view)
                .toList();
    }

    /** Results past their announcement deadline and not (all) announced (R-2, D-15). */
    public List<OverdueAnnouncement> overdue(UUID electionId) {
        KnownElection election = election(electionId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OverdueAnnouncement> overdue = new ArrayList<>();
        for (AnnouncementQueries.Scope s : queries.scopes(electionId)) {
            LocalDate deadline = election.ruleset()
                    .announcementDeadline(election.electionDay(), s.body().body());
            if (s.notAnnounced() > 0 && !now.isBefore(election.endOf(deadline))) {
                overdue.add(new OverdueAnnouncement(
                        s.body().body(), s.body().administrativeUnit(), deadline, s.notAnnounced()));
            }
        }
        return overdue;
    }

    /** D-14: only certified results are announced; every unit of the scope must be. */
    private static void requireAllCertified(List<ElectoralUnit> scopeUnits, Map<UUID, UnitRound> rounds) {
        List<FieldError> errors = new ArrayList<>();
        for (ElectoralUnit u : scopeUnits) {
            if (rounds.get(u.id()).status() != UnitStatus.FINAL) {
                errors.add(FieldError.of(
                        "units[" + u.id() + "]",
                        Rule.D_14,
                        u.name() + " (" + u.administrativeUnitCode() + ") is not certified: every unit is certified "
                                + "before the body's results are announced"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
    }

    /** The elected of these units, with the votes and share of the round that elected each. */
    private List<AnnouncedDeputy> elected(List<ElectoralUnit> announced) {
        Map<UUID, UnitResultView> byUnit =
                views.of(announced.stream().map(ElectoralUnit::id).toList());
        List<AnnouncedDeputy> out = new ArrayList<>();
        for (ElectoralUnit u : announced) {
            UnitResultView view = byUnit.get(u.id());
            view.candidates().stream()
                    .filter(CandidateResult::elected)
                    .map(c -> electedIn(view, c))
                    .forEach(c -> out.add(new AnnouncedDeputy(
                            u.id(),
                            u.number(),
                            u.name(),
                            c.candidateId(),
                            c.fullName(),
                            c.votes(),
                            c.percentOfValid(),
                            c.electedInRound())));
        }
        return out;
    }

    /** The candidate as the round that elected them counted them (W-5: a first-round winner is not on the bầu thêm). */
    private static CandidateResult electedIn(UnitResultView view, CandidateResult current) {
        if (current.votes() != null) {
            return current;
        }
        return view.rounds().stream()
                .filter(r -> r.round() == current.electedInRound())
                .flatMap(r -> r.candidates().stream())
                .filter(c -> c.candidateId().equals(current.candidateId()))
                .findFirst()
                .orElseThrow();
    }

    private KnownElection election(UUID electionId) {
        return elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
    }
}
