package vn.election.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting in the outbox, committed with the change it announces (docs/architecture.md); deleted
 * once Kafka has it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    UUID eventId;

    @Column(nullable = false, updatable = false)
    String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    String key;

    @Column(name = "event_type", nullable = false, updatable = false)
    String type;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    protected OutboxMessage() {}

    OutboxMessage(UUID eventId, String topic, String key, String type, String payload, OffsetDateTime createdAt) {
        this.eventId = eventId;
        this.topic = topic;
        this.key = key;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
