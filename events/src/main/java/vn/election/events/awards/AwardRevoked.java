package vn.election.events.awards;

import java.time.LocalDate;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * An award was revoked (K-12): the decision is cancelled for the nominee and the object and money are
 * recovered. Topic {@code awards.decisions}, key: the decision id.
 */
public record AwardRevoked(UUID decisionId, UUID nomineeId, String reason, LocalDate revokedOn) implements DomainEvent {

    public static final String TYPE = "vn.election.awards.AwardRevoked.v1";

    @Override
    public String topic() {
        return Topics.AWARDS_DECISIONS;
    }

    @Override
    public String key() {
        return decisionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
