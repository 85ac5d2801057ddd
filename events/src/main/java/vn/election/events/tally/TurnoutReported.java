package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * An election team reported how many have voted in its polling area at a checkpoint. Topic
 * {@code tally.minutes}, key: the polling area id.
 *
 * @param electionId    the election
 * @param pollingAreaId the polling area
 * @param checkpoint    the checkpoint, e.g. {@code 09:00} or {@code CLOSE}
 * @param voted         voters who have voted so far
 * @param onList        voters on the list
 * @param reportedAt    when the team reported
 */
public record TurnoutReported(
        UUID electionId, UUID pollingAreaId, String checkpoint, int voted, int onList, OffsetDateTime reportedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.TurnoutReported.v1";

    @Override
    public String topic() {
        return Topics.TALLY_MINUTES;
    }

    @Override
    public String key() {
        return pollingAreaId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
