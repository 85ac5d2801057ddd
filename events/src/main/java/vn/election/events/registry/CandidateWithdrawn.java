package vn.election.events.registry;

import java.util.UUID;

/**
 * A candidate left the official list after it was published. Topic {@code registry.candidates}, key:
 * the election id.
 */
public record CandidateWithdrawn(UUID electionId, UUID unitId, UUID candidateId, String reason) {

    public static final String TYPE = "vn.election.registry.CandidateWithdrawn.v1";
}
