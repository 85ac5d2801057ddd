package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.security.Caller;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingAreaService;

/**
 * One voter's change of the lists: taken off (V-9) or sent to vote elsewhere (V-10), by a committee whose
 * jurisdiction holds the polling area that lists them (V-5) or the nation; each logged with who made it in
 * {@code voter_list_change}, each publishing the changed finalized lists' counts again.
 */
@ApplicationScoped
@Transactional
public class VoterListChanges {

    private final ElectionService elections;
    private final PollingAreaService areas;
    private final VoterRepository voters;
    private final VoterListFinalization finalization;
    private final VoterListChangeRepository changes;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public VoterListChanges(
            ElectionService elections,
            PollingAreaService areas,
            VoterRepository voters,
            VoterListFinalization finalization,
            VoterListChangeRepository changes,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.elections = elections;
        this.areas = areas;
        this.voters = voters;
        this.finalization = finalization;
        this.changes = changes;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** V-9: a voter leaves the list (a move, a death ...) until 24 hours before voting. */
    public void remove(UUID electionId, String citizenId) {
        Election election = elections.requireOpenLists(electionId);
        Voter voter = voters.require(electionId, citizenId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(voter.pollingAreaId()));
        voters.remove(voter);
        changes.persist(VoterListChange.removal(electionId, voter.pollingAreaId(), citizenId)
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
        return voter.view();
    }
}
