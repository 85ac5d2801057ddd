package vn.election.registry.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import vn.election.registry.common.OpenComplaints;

/** D-37: the complaints' side of the officials' flags on voters and candidates. */
@ApplicationScoped
public class ComplaintFlags implements OpenComplaints {

    private final ComplaintRepository complaints;

    public ComplaintFlags(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public Set<String> votersAmong(UUID electionId, Collection<String> citizenIds) {
        return complaints.votersUnderComplaint(electionId, citizenIds);
    }

    @Override
    public Set<UUID> candidatesAmong(Collection<UUID> candidateIds) {
        return complaints.candidatesUnderComplaint(candidateIds);
    }
}
