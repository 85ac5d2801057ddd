package vn.election.registry.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.common.OpenComplaints;
import vn.election.registry.election.CalendarStep;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitService;

/**
 * Files candidates, publishes official lists (C-7) and withdrawals. Each published list and each
 * withdrawal commits with its event (outbox). All three are the business of the election committee of the
 * unit's own administrative unit (or the National Election Council), and record who did them.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    /** C-1: a candidate is at least 21 on election day. */
    static final int MINIMUM_AGE = 21;

    private final CandidateRepository candidates;
    private final CandidateListRepository lists;
    private final CandidateListQueries listQueries;
    private final ElectionService elections;
    private final ElectoralUnitService units;
    private final FilingPlace filingPlace;
    private final SeatConflicts seatConflicts;
    private final OpenComplaints complaints;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public CandidateService(
            CandidateRepository candidates,
            CandidateListRepository lists,
            CandidateListQueries listQueries,
            ElectionService elections,
            ElectoralUnitService units,
            FilingPlace filingPlace,
            SeatConflicts seatConflicts,
            OpenComplaints complaints,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.candidates = candidates;
        this.lists = lists;
        this.listQueries = listQueries;
        this.elections = elections;
        this.units = units;
        this.filingPlace = filingPlace;
        this.seatConflicts = seatConflicts;
        this.complaints = complaints;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    public CandidateView file(UUID electionId, NewCandidate request) {
        Election election = elections.require(electionId);
        ElectoralUnit unit = units.require(electionId, request.electoralUnitId());
        jurisdictions.requireLevelOf(unit.administrativeUnitCode());
        // C-2 (D-26): dossiers are filed by 17:00 of their last day
        election.requireOnTime(CalendarStep.DOSSIERS_FILED, "electionId", OffsetDateTime.now(clock));
        NewCandidate dossier = normalized(request);
        // C-5 counts one person's filings: serialize filings of the same person
        candidates.lockFilingsOf(electionId, dossier.citizenId());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (dossier.birthDate().plusYears(MINIMUM_AGE).isAfter(election.electionDay())) {
            errors.add(Problem.FieldError.of(
                    "birthDate",
                    Rule.C_1,
                    "born " + dossier.birthDate() + ": under " + MINIMUM_AGE + " on election day "
                            + election.electionDay()));
        }
        checkLevels(candidates.activeFilings(electionId, dossier.citizenId()), unit.body(), errors);
        errors.addAll(filingPlace.check(unit, dossier));
        // ORG-3 does not refuse a member of the unit's board or team: the conflict is shown (D-31)
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        if (candidates.filedFor(electionId, dossier.citizenId(), unit.body())) {
            throw ProblemException.conflict("this person has filed for " + unit.body() + " already");
        }
        var candidate = new Candidate(
                UUID.randomUUID(),
                electionId,
                unit.id(),
                unit.body(),
                dossier,
                OffsetDateTime.now(clock),
                caller.actor());
        candidates.persist(candidate);
        // just filed: no complaint concerns it yet (D-37)
        return CandidateView.of(candidate, seatConflicts.of(election, candidate), false);
    }

    /** A candidate's dossier: public once the unit's official list is, before that a filing is 404 to others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidateView get(UUID electionId, UUID candidateId) {
        Candidate candidate = require(electionId, candidateId);
        ElectoralUnit unit = units.require(electionId, candidate.electoralUnitId);
        if (lists.findById(unit.id()) == null && !readsFilings(unit)) {
            throw ProblemException.notFound("candidate", candidateId);
        }
        return views(unit, List.of(candidate)).get(0);
    }

    /** The candidate's electoral unit; 404 if the election has no such candidate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID unitOf(UUID electionId, UUID candidateId) {
        return require(electionId, candidateId).electoralUnitId;
    }

    /** The unit's list: public once published (official lists are posted by law); its filings before that. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidateListView listOf(UUID electionId, UUID unitId) {
        ElectoralUnit unit = units.require(electionId, unitId);
        CandidateList list = lists.findById(unitId);
        return view(unit, list, list != null || readsFilings(unit));
    }

    /** A unit's list as an anonymous reader sees it, whoever asks: candidates only once it is published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidateListView publicListOf(UUID electionId, UUID unitId) {
        ElectoralUnit unit = units.require(electionId, unitId);
        CandidateList list = lists.findById(unitId);
        return view(unit, list, list != null);
    }

    /** C-8: the share of women on the body's published official lists, against the ruleset's target. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WomenOnTheLists womenOnTheLists(UUID electionId, Body body) {
        Election election = elections.require(electionId);
        CandidateListQueries.WomenCount count = listQueries.womenOnPublishedLists(electionId, body);
        return WomenOnTheLists.of(election.ruleset(), body, count.candidates(), count.women());
    }

    /**
     * Publishes the unit's official list, only if it has at least the minimum number of candidates (C-7) and none
     * of them still sits on the unit's board or team (ORG-3, D-31).
     */
    public CandidateListView publishList(UUID electionId, UUID unitId) {
        Election election = elections.require(electionId);
        ElectoralUnit unit = units.require(electionId, unitId);
        jurisdictions.requireLevelOf(unit.administrativeUnitCode());
        List<Candidate> standing = candidates.activeInUnit(unitId);
        seatConflicts.requireNoneBeforePublishing(election, standing);
        CandidateList list = lists.findByIdOptional(unitId).orElseGet(() -> new CandidateList(unitId));
        list.publish(unit.body(), unit.seats(), standing.size(), OffsetDateTime.now(clock), caller.actor());
        lists.persist(list);
        outbox.record(new CandidateListPublished(
                electionId,
                unitId,
                unit.body(),
                unit.seats(),
                standing.stream()
                        .map(c -> new CandidateListPublished.Candidate(c.id, c.fullName, c.birthDate, c.gender.name()))
                        .toList()));
        return view(unit, list, true);
    }

    /**
     * A candidate withdraws before election day. If the unit's list was published, {@code CandidateWithdrawn}
     * follows, and a list left below C-7 is flagged, not silently kept.
     */
    public CandidateListView withdraw(UUID electionId, UUID candidateId, String reason) {
        Election election = elections.require(electionId);
        Candidate candidate = require(electionId, candidateId);
        ElectoralUnit unit = units.require(electionId, candidate.electoralUnitId);
        jurisdictions.requireLevelOf(unit.administrativeUnitCode());
        CandidateList list = leaveList(election, unit, candidate, Texts.nfc(reason));
        return view(unit, list, true);
    }

    /**
     * A candidate struck from the list for breaking {@code rule} (R-3: an upheld complaint about them): a
     * withdrawal whose reason names the rule, with its event and its C-7 recount.
     */
    public CandidateListView strike(UUID electionId, UUID candidateId, Rule rule, String why) {
        return withdraw(electionId, candidateId, rule.id() + ": " + why);
    }

    /**
     * The candidate leaves the unit's list before election day (a withdrawal, or struck for C-5): 409 if they left
     * already or election day has come. If the list was published, {@code CandidateWithdrawn} follows and a list
     * left below C-7 is flagged. Returns the unit's list, if published.
     */
    CandidateList leaveList(Election election, ElectoralUnit unit, Candidate candidate, String reason) {
        candidate.withdraw(reason, election, OffsetDateTime.now(clock), caller.actor());
        CandidateList list = lists.findById(unit.id());
        if (list != null) {
            list.recount(
                    unit.body(),
                    unit.seats(),
                    candidates.activeInUnit(unit.id()).size());
            outbox.record(new CandidateWithdrawn(election.id(), unit.id(), candidate.id, candidate.withdrawalReason));
        }
        return list;
    }

    /** Before the official list, the filings are for the National Election Council and the committees over the unit. */
    private boolean readsFilings(ElectoralUnit unit) {
        return (caller.hasRole(Roles.NEC) || caller.hasRole(Roles.COMMITTEE))
                && jurisdictions.callerWithin(Jurisdiction.electoralUnit(unit.id()));
    }

    private Candidate require(UUID electionId, UUID candidateId) {
        return candidates
                .findByIdOptional(candidateId)
                .filter(c -> c.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("candidate", candidateId));
    }

    /**
     * C-5: at most two People's Council levels in one term, and with an NA filing only one. One filing
     * per body.
     */
    private static void checkLevels(List<Candidate> filings, Body body, List<Problem.FieldError> errors) {
        Set<Body> bodies = EnumSet.of(body);
        filings.forEach(f -> bodies.add(f.body));
        long councils = bodies.stream().filter(b -> b != Body.NATIONAL_ASSEMBLY).count();
        long allowed = bodies.contains(Body.NATIONAL_ASSEMBLY) ? 1 : 2;
        if (councils > allowed) {
            errors.add(Problem.FieldError.of(
                    "citizenId",
                    Rule.C_5,
                    "this person would stand for " + bodies
                            + ": at most two People's Council levels, or the NA and one"));
        }
    }

    /**
     * The list's state and counts; its candidates only if {@code withCandidates} (see {@link #listOf}), with their
     * ORG-3 conflicts and complaint flags for officials.
     */
    private CandidateListView view(ElectoralUnit unit, CandidateList list, boolean withCandidates) {
        List<Candidate> all = candidates.inUnit(unit.id());
        List<CandidateView> ordered = new ArrayList<>();
        if (withCandidates) {
            ordered.addAll(views(
                    unit,
                    Stream.concat(
                                    all.stream().filter(Candidate::active),
                                    all.stream().filter(c -> !c.active()))
                            .toList()));
        }
        return new CandidateListView(
                unit.id(),
                unit.seats(),
                CandidateList.minimumCandidates(unit.body(), unit.seats()),
                (int) all.stream().filter(Candidate::active).count(),
                list == null ? null : list.publishedAt,
                list != null && list.belowMinimum,
                ordered);
    }

    /**
     * The candidates' views: for officials (the council and the committees over the unit) with their ORG-3
     * conflicts and whether an unresolved complaint concerns them (D-37); for anyone else with neither.
     */
    private List<CandidateView> views(ElectoralUnit unit, List<Candidate> shown) {
        if (!readsFilings(unit)) {
            return shown.stream().map(CandidateView::of).toList();
        }
        Election election = elections.require(unit.electionId());
        Set<UUID> underComplaint =
                complaints.candidatesAmong(shown.stream().map(c -> c.id).toList());
        return shown.stream()
                .map(c -> CandidateView.of(c, seatConflicts.of(election, c), underComplaint.contains(c.id)))
                .toList();
    }

    private static NewCandidate normalized(NewCandidate r) {
        return new NewCandidate(
                r.electoralUnitId(),
                r.citizenId(),
                Texts.nfc(r.fullName()),
                r.birthDate(),
                r.gender(),
                Texts.nfc(r.ethnicity()),
                Texts.nfc(r.religion()),
                Texts.nfc(r.hometown()),
                Texts.nfc(r.residence()),
                Texts.nfc(r.education()),
                Texts.nfc(r.occupation()),
                Texts.nfc(r.workplace()),
                r.partyMember(),
                r.nomination(),
                Texts.nfc(r.biography()),
                r.centralNominee(),
                r.residenceCode(),
                r.workplaceCode(),
                Texts.nfc(r.actionProgramme()));
    }
}
