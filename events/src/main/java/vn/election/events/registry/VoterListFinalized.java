package vn.election.events.registry;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A polling area's voter list (danh sách cử tri) is final: how many voters may vote for each body, the
 * denominator of W-1 and what the minutes' voters on the list must equal (D-18). Never personal data. Topic
 * {@code registry.structure}, key: the election id. A later event for the same polling area (a change allowed by
 * V-9, V-10) replaces the counts; its {@code version} is higher, and a consumer keeps the counts of the highest
 * version it has seen, so an older event that arrives late never overwrites newer counts (D-20).
 *
 * @param electionId    the election
 * @param pollingAreaId the polling area
 * @param votersByBody  listed voters entitled to each body's ballot (V-6, V-10 reduce the scope)
 * @param finalizedAt   when
 * @param version       the area's list version: 1 when first finalized, one more with each later publication; 0
 *                      in events written before lists had versions, which apply in the order they arrive
 */
public record VoterListFinalized(
        UUID electionId, UUID pollingAreaId, Map<Body, Integer> votersByBody, OffsetDateTime finalizedAt, long version)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.VoterListFinalized.v1";

    /** A list without a version (as events were before D-20): it applies in the order it arrives. */
    public VoterListFinalized(
            UUID electionId, UUID pollingAreaId, Map<Body, Integer> votersByBody, OffsetDateTime finalizedAt) {
        this(electionId, pollingAreaId, votersByBody, finalizedAt, 0);
    }

    @Override
    public String topic() {
        return Topics.REGISTRY_STRUCTURE;
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
