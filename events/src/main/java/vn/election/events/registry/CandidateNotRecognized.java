package vn.election.events.registry;

import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A candidate on an official list is not recognized as elected, whatever their votes: a breach of C-5 (more
 * People's Council levels than allowed, or the NA and more than one) found from election day on (D-32). The
 * unit's elected list leaves them out. Topic {@code registry.candidates}, key: the election id.
 *
 * @param electionId  the election
 * @param unitId      the electoral unit of the candidacy
 * @param candidateId the candidacy
 * @param rule        the rule broken, e.g. {@code C-5}
 * @param reason      the finding, as the National Election Council wrote it
 */
public record CandidateNotRecognized(UUID electionId, UUID unitId, UUID candidateId, String rule, String reason)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.CandidateNotRecognized.v1";

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
