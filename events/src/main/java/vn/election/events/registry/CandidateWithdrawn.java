package vn.election.events.registry;

import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A candidate left the official list after it was published. Topic {@code registry.candidates}, key:
 * the election id.
 */
public record CandidateWithdrawn(UUID electionId, UUID unitId, UUID candidateId, String reason) implements DomainEvent {

    public static final String TYPE = "vn.election.registry.CandidateWithdrawn.v1";

    @Override
    public String topic() {
        return Topics.REGISTRY_CANDIDATES;
    }

    @Override
    public String key() {
        return electionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
