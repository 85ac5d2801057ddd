package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;

/**
 * One voter: the public lookup (where do I vote?) and an official's read of one voter, transfers included (V-10).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoterLookupService {

    private final ElectionService elections;
    private final VoterRepository voters;
    private final VoterListQueries queries;
    private final Jurisdictions jurisdictions;

    public VoterLookupService(
            ElectionService elections, VoterRepository voters, VoterListQueries queries, Jurisdictions jurisdictions) {
        this.elections = elections;
        this.voters = voters;
        this.queries = queries;
        this.jurisdictions = jurisdictions;
    }

    /** The public lookup: only where the citizen votes, and only if id and date of birth both match. */
    public PollingPlace lookup(UUID electionId, VoterLookup question) {
        elections.require(electionId);
        // the same answer whichever field does not match: the lookup reveals nothing about who is listed
        return queries.pollingPlace(electionId, question.citizenId(), question.birthDate())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "no voter with this citizen id and date of birth in this election",
                        List.of()));
    }

    /** One voter, for a reader whose jurisdiction holds the area that lists them or the one they transfer to. */
    public VoterView get(UUID electionId, String citizenId) {
        elections.require(electionId);
        Voter voter = voters.require(electionId, citizenId);
        jurisdictions.requireWithinAny(
                voter.pollingAreas().stream().map(Jurisdiction::pollingArea).toList());
        return voter.view();
    }
}
