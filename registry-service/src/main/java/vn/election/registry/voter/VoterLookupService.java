package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.registry.candidate.CandidateListView;
import vn.election.registry.candidate.CandidateService;
import vn.election.registry.common.OpenComplaints;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingArea;
import vn.election.registry.pollingarea.PollingAreaService;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitService;

/**
 * One voter: the public lookup (where do I vote?) and an official's read of one voter, transfers included (V-10).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoterLookupService {

    private final ElectionService elections;
    private final VoterRepository voters;
    private final VoterListQueries queries;
    private final PollingAreaService areas;
    private final ElectoralUnitService units;
    private final CandidateService candidates;
    private final Jurisdictions jurisdictions;
    private final OpenComplaints complaints;

    public VoterLookupService(
            ElectionService elections,
            VoterRepository voters,
            VoterListQueries queries,
            PollingAreaService areas,
            ElectoralUnitService units,
            CandidateService candidates,
            Jurisdictions jurisdictions,
            OpenComplaints complaints) {
        this.elections = elections;
        this.voters = voters;
        this.queries = queries;
        this.areas = areas;
        this.units = units;
        this.candidates = candidates;
        this.jurisdictions = jurisdictions;
        this.complaints = complaints;
    }

    /**
     * The public lookup, only if id and date of birth both match: where and when the citizen votes, and the
     * ballots they get there (V-6, V-10) with each unit's official candidates (C-3).
     */
    public PollingPlace lookup(UUID electionId, VoterLookup question) {
        Election election = elections.require(electionId);
        // the same answer whichever field does not match: the lookup reveals nothing about who is listed
        VoterListQueries.VoterPlace place = queries.placeOf(electionId, question.citizenId(), question.birthDate())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "no voter with this citizen id and date of birth in this election",
                        List.of()));
        PollingArea area = areas.require(electionId, place.pollingAreaId());
        Map<Body, UUID> unitByBody = area.unitByBody();
        List<PollingPlace.Ballot> ballots =
                VoterCounts.bodiesOf(election, place.category(), place.transferred(), place.sameProvince()).stream()
                        .sorted()
                        .filter(unitByBody::containsKey)
                        .map(body -> ballot(electionId, units.require(electionId, unitByBody.get(body))))
                        .toList();
        return new PollingPlace(
                area.id(),
                area.name(),
                area.stationAddress(),
                election.electionDay(),
                Election.VOTING_OPENS,
                Election.VOTING_CLOSES,
                ballots);
    }

    /** The unit's official list as the public reads it: standing candidates, once it is published (C-3, C-7). */
    private PollingPlace.Ballot ballot(UUID electionId, ElectoralUnit unit) {
        CandidateListView list = candidates.publicListOf(electionId, unit.id());
        boolean published = list.publishedAt() != null;
        return new PollingPlace.Ballot(
                unit.body(),
                unit.id(),
                unit.name(),
                unit.seats(),
                published,
                published
                        ? list.candidates().stream()
                                .filter(c -> c.withdrawnAt() == null)
                                .toList()
                        : List.of());
    }

    /**
     * One voter, for a reader whose jurisdiction holds the area that lists them or the one they transfer to;
     * flagged when under an unresolved complaint (D-37).
     */
    public VoterView get(UUID electionId, String citizenId) {
        elections.require(electionId);
        Voter voter = voters.require(electionId, citizenId);
        jurisdictions.requireWithinAny(
                voter.pollingAreas().stream().map(Jurisdiction::pollingArea).toList());
        return voter.view().flaggedAmong(complaints.votersAmong(electionId, List.of(citizenId)));
    }
}
