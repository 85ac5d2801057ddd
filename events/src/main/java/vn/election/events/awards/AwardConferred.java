package vn.election.events.awards;

import java.time.LocalDate;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/** An award of a decision was handed over (trao tặng). Topic {@code awards.decisions}, key: the decision id. */
public record AwardConferred(UUID decisionId, UUID nomineeId, LocalDate conferredOn) implements DomainEvent {

    public static final String TYPE = "vn.election.awards.AwardConferred.v1";

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
