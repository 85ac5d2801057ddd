package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.registry.common.OpenComplaints;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingAreaService;

/**
 * One voter's change of the lists: taken off (V-9), sent to vote elsewhere (V-10), or, answering a complaint about
 * the list (V-8), added or corrected; by a committee whose jurisdiction holds the polling area that lists them
 * (V-5) or the nation; each logged with who made it in {@code voter_list_change}, each publishing the changed
 * finalized lists' counts again.
 */
@ApplicationScoped
@Transactional
public class VoterListChanges {

    private final ElectionService elections;
    private final PollingAreaService areas;
    private final VoterRepository voters;
    private final VoterListFinalization finalization;
    private final VoterListChangeRepository changes;
    private final OpenComplaints complaints;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public VoterListChanges(
            ElectionService elections,
            PollingAreaService areas,
            VoterRepository voters,
            VoterListFinalization finalization,
            VoterListChangeRepository changes,
            OpenComplaints complaints,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.elections = elections;
        this.areas = areas;
        this.voters = voters;
        this.finalization = finalization;
        this.changes = changes;
        this.complaints = complaints;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** V-9: a voter leaves the list (a move, a death ...) until 24 hours before voting. */
    public void remove(UUID electionId, String citizenId) {
        Election election = elections.requireOpenLists(electionId);
        remove(election, voters.require(electionId, citizenId));
    }

    /** V-8: an upheld complaint about {@code areaId}'s list takes a voter off it (422 if they are not on it). */
    public void removeFrom(UUID electionId, UUID areaId, String citizenId) {
        Election election = elections.requireOpenLists(electionId);
        Voter voter = voters.require(electionId, citizenId);
        voter.requireListedAt(areaId);
        remove(election, voter);
    }

    /**
     * V-8: an upheld complaint adds a citizen to {@code areaId}'s list, checked as a row of its file would be
     * (V-1, V-2, format); 422 naming V-4 if they are on a list of the election already.
     */
    public VoterView add(UUID electionId, UUID areaId, VoterRecord record) {
        Election election = elections.requireOpenLists(electionId);
        areas.require(electionId, areaId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(areaId));
        VoterRowRules.CheckedRow row =
                record.checked(new VoterRowRules(election.electionDay(), ImportTarget.pollingArea(areaId)));
        if (!voters.add(electionId, row)) {
            throw ProblemException.ruleViolation(
                    "citizenId", Rule.V_4, "citizen " + row.citizenId() + " is on a list of this election already");
        }
        changes.persist(VoterListChange.addition(electionId, areaId, row.citizenId())
                .by(caller.actor(), OffsetDateTime.now(clock)));
        finalization.republish(election, List.of(areaId));
        return flagged(voters.require(electionId, row.citizenId()));
    }

    /**
     * V-8: an upheld complaint corrects the record of a voter on {@code areaId}'s list: name, date of birth,
     * category, checked as a row of its file would be.
     */
    public VoterView correct(UUID electionId, UUID areaId, VoterRecord record) {
        Election election = elections.requireOpenLists(electionId);
        Voter voter = voters.require(electionId, record.citizenId());
        voter.requireListedAt(areaId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(areaId));
        VoterRowRules.CheckedRow row =
                record.checked(new VoterRowRules(election.electionDay(), ImportTarget.pollingArea(areaId)));
        voters.correct(voter, row);
        changes.persist(VoterListChange.correction(electionId, areaId, row.citizenId())
                .by(caller.actor(), OffsetDateTime.now(clock)));
        // the category decides the bodies a voter elects (V-6): the counts may change
        finalization.republish(election, voter.pollingAreas());
        return flagged(voter);
    }

    private void remove(Election election, Voter voter) {
        jurisdictions.requireWithin(Jurisdiction.pollingArea(voter.pollingAreaId()));
        voters.remove(voter);
        changes.persist(VoterListChange.removal(election.id(), voter.pollingAreaId(), voter.citizenId)
                .by(caller.actor(), OffsetDateTime.now(clock)));
        finalization.republish(election, voter.pollingAreas());
    }

    /**
     * V-10: a transfer certificate, issued by the commune that lists the voter; the voter then votes at the
     * destination only, with a reduced scope.
     */
    public VoterView transfer(UUID electionId, String citizenId, UUID toAreaId) {
        Election election = elections.require(electionId);
        Voter voter = voters.require(electionId, citizenId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(voter.pollingAreaId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // a certificate that may not be issued is refused before its destination is looked up
        voter.requireTransferable(now, election.votingStarts());
        areas.require(electionId, toAreaId);
        voter.transferTo(toAreaId, now, election.votingStarts());
        changes.persist(VoterListChange.transfer(electionId, voter.pollingAreaId(), citizenId, toAreaId)
                .by(caller.actor(), now));
        finalization.republish(election, List.of(voter.pollingAreaId(), toAreaId));
        return flagged(voter);
    }

    /** The officials' view of the voter, flagged when under an unresolved complaint (D-37). */
    private VoterView flagged(Voter voter) {
        return voter.view().flaggedAmong(complaints.votersAmong(voter.electionId, List.of(voter.citizenId)));
    }
}
