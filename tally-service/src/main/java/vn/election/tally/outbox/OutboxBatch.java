package vn.election.tally.outbox;

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
import vn.election.kit.outbox.Outbox;

/**
 * Records many events in the outbox with one batched insert, inside the caller's transaction: what the
 * kit's {@link Outbox#record} does for one event, for the thousand events of a batch of minutes. The
 * kit's entity takes its key from an identity column, so each of its records is a round trip of its own;
 * at national scale (340,000 minutes accepted) those round trips were the largest cost of the ingest.
 * The rows are the kit's rows: the relay publishes them in id order like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxBatch {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<Outbox.OutboxWritten> written;
    private final Clock clock;

    public OutboxBatch(EntityManager em, ObjectMapper json, Event<Outbox.OutboxWritten> written, Clock clock) {
        this.em = em;
        this.json = json;
        this.written = written;
        this.clock = clock;
    }

    /** An event to record, as for {@link Outbox#record}: its topic, partition key, {@code TYPE} and payload. */
    public record Pending(String topic, String key, String type, Object payload) {
    }

    /** Records these events, in this order (the relay's order); nothing when the list is empty. */
    public void record(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> ids = events.stream().map(e -> UUID.randomUUID()).toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_message (event_id, topic, message_key, event_type, payload, created_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < events.size(); i++) {
                    Pending event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type());
                    insert.setString(5, toJson(event.payload()));
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        // observed after commit only: wakes the relay without waiting for its next poll
        written.fire(new Outbox.OutboxWritten(ids.get(ids.size() - 1)));
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
