package vn.election.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the outbox, inside the caller's transaction: the event is published if and only
 * if the change it announces commits. Nothing here talks to Kafka; {@link OutboxRelay} does, later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxWritten> written;
    private final Clock clock;

    public Outbox(EntityManager em, ObjectMapper json, Event<OutboxWritten> written, Clock clock) {
        this.em = em;
        this.json = json;
        this.written = written;
        this.clock = clock;
    }

    /**
     * @param topic   one of {@code vn.election.events.Topics}
     * @param key     the aggregate whose events must stay in order (the partition key)
     * @param type    the event's {@code TYPE}, sent as {@code ce_type}
     * @param payload the event record, sent as JSON
     * @return the event id, sent as {@code ce_id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String key, String type, Object payload) {
        UUID eventId = UUID.randomUUID();
        em.persist(new OutboxMessage(eventId, topic, key, type, toJson(payload), OffsetDateTime.now(clock)));
        // observed after commit only: wakes the relay without waiting for its next poll
        written.fire(new OutboxWritten(eventId));
        return eventId;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    /** Fired when a message is added; the relay observes it after a successful commit. */
    public record OutboxWritten(UUID eventId) {
    }
}
