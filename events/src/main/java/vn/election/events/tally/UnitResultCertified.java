package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The competent committee certified a unit's result; it can no longer change. Topic
 * {@code tally.results}, key: the unit id.
 */
public record UnitResultCertified(UUID electionId, UUID unitId, Body body, UUID certifiedBy, OffsetDateTime certifiedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.UnitResultCertified.v1";

    @Override
    public String topic() {
        return Topics.TALLY_RESULTS;
    }

    @Override
    public String key() {
        return unitId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
