package vn.election.events;

/**
 * An event of the suite: it knows where it is published, so that a producer records it with
 * {@code outbox.record(event)}. The three are Kafka metadata, not part of the JSON payload: they are plain
 * methods, not record components, and Jackson does not write them.
 */
public interface DomainEvent {

    /** One of {@link Topics}. */
    String topic();

    /** The partition key: the aggregate whose events must stay in order (see {@link Topics}). */
    String key();

    /** The event's {@code TYPE}, sent as {@code ce_type}. */
    String type();
}
