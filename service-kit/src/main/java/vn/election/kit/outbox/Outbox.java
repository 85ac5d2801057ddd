package vn.election.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.election.events.DomainEvent;

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
     * Records {@code event} on its topic, under its key and type ({@link DomainEvent}), as JSON.
     *
     * @return the event id, sent as {@code ce_id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        UUID eventId = UUID.randomUUID();
        em.persist(new OutboxMessage(
                eventId, event.topic(), event.key(), event.type(), toJson(event), OffsetDateTime.now(clock)));
        // observed after commit only: wakes the relay without waiting for its next poll
        written.fire(new OutboxWritten(eventId));
        return eventId;
    }

    /**
     * Records these events, in this order (the relay's order), with one batched insert; nothing when the
     * list is empty. {@link #record} persists the entity, whose id comes from an identity column, so each
     * call is a round trip of its own; a service that accepts a thousand changes at once records their
     * thousand events here in one. The rows are the rows {@link #record} writes.
     *
     * @return the event ids, in the order of {@code events}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> ids = events.stream().map(e -> UUID.randomUUID()).toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_message (event_id, topic, message_key, event_type, payload, created_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < events.size(); i++) {
                    DomainEvent event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type());
                    insert.setString(5, toJson(event));
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        // observed after commit only: wakes the relay without waiting for its next poll
        written.fire(new OutboxWritten(ids.get(ids.size() - 1)));
        return ids;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    /** Fired when a message is added; the relay observes it after a successful commit. */
    public record OutboxWritten(UUID eventId) {}
}
