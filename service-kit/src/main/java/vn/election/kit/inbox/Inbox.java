package vn.election.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Makes consumers idempotent (docs/architecture.md): an event is recorded under its id in the same
 * transaction as its effect, so a redelivered event finds its row and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies a Kafka record through {@code router} unless this consumer has already applied it.
     * Call it inside the transaction that holds the effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliverOnce(String consumer, ConsumerRecord<String, String> record, EventRouter router) {
        IncomingEvent event = IncomingEvent.from(record);
        if (firstDelivery(consumer, event)) {
            router.route(event);
        }
    }

    /**
     * Records the event for this consumer.
     *
     * @return true the first time this consumer sees the event (apply it), false for a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        int inserted = em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
