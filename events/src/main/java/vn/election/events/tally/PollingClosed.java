package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * Every polling area of an election has reported its turnout at the close of the polls: "all KVBPs
 * closed". Sent once per election, when the last polling area reports its {@code CLOSE} figure;
 * a later correction of a close figure does not send it again. Topic {@code tally.minutes}, key: the
 * election id.
 *
 * @param electionId   the election
 * @param pollingAreas the polling areas of the election, every one of which has reported its close
 * @param closedAt     when the last of them reported
 */
public record PollingClosed(UUID electionId, int pollingAreas, OffsetDateTime closedAt) implements DomainEvent {

    public static final String TYPE = "vn.election.tally.PollingClosed.v1";

    @Override
    public String topic() {
        return Topics.TALLY_MINUTES;
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
