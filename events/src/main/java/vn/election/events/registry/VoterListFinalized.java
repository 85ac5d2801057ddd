package vn.election.events.registry;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A polling area's voter list (danh sách cử tri) is final: how many voters may vote for each body.
 * Never personal data. Topic {@code registry.structure}, key: the election id. A later event for the
 * same polling area (a change allowed by V-9, V-10) replaces the counts.
 *
 * @param electionId    the election
 * @param pollingAreaId the polling area
 * @param votersByBody  listed voters entitled to each body's ballot (V-6, V-10 reduce the scope)
 * @param finalizedAt   when
 */
public record VoterListFinalized(
        UUID electionId, UUID pollingAreaId, Map<Body, Integer> votersByBody, OffsetDateTime finalizedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.VoterListFinalized.v1";

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
