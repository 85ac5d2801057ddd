package vn.election.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka in the order they were written, then deletes them: the topics keep
 * every event (their retention is unlimited), so the outbox holds only what is still to send. A delete
 * costs PostgreSQL far less than marking the row, which wrote a new version of it and of its index
 * entries (on the national minutes benchmark, the mark and the locking read were the largest PostgreSQL
 * cost after the minutes themselves).
 *
 * <p>Delivery is at least once: a message sent but not yet deleted (a crash between the two) is sent
 * again, and consumers drop the copy through their inbox. Across replicas, a PostgreSQL advisory lock
 * lets one relay publish at a time, which keeps the per-key order that consumers rely on.
 *
 * <p>It runs right after each commit that wrote to the outbox, and on a poll as a safety net (after a
 * broker outage, the poll delivers what piled up).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any fixed number; it names "the outbox relay" among this database's advisory locks. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final EntityManager em;
    private final KafkaPublisher publisher;
    private final OutboxConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean runQueued = new AtomicBoolean();

    public OutboxRelay(EntityManager em, KafkaPublisher publisher, OutboxConfig config) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wakeUp();
    }

    @Scheduled(every = "${outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Asks for a relay pass; many asks while one is queued make one pass. */
    public void wakeUp() {
        if (worker.isShutdown()) {
            return; // the application is stopping: whatever is pending is relayed at the next start
        }
        if (runQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                runQueued.set(false);
                relayAll();
            });
        }
    }

    /** Publishes everything pending, batch by batch, until nothing is left or the broker fails. */
    int relayAll() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += sent;
            } while (sent == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", rootMessage(e));
        }
        return total;
    }

    private int relayBatch() throws Exception {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        // no row locks: the advisory lock above already lets one relay at a time read the pending messages
        List<OutboxMessage> batch = em.createQuery("from OutboxMessage m order by m.id", OutboxMessage.class)
                .setMaxResults(config.batchSize())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            acks.add(publisher.send(message));
        }
        publisher.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Long[] published = new Long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            // one missing ack fails the pass before any delete: the batch is sent again later
            acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            published[i] = batch.get(i).id;
        }
        deletePublished(published);
        return batch.size();
    }

    /** One statement for the whole pass rather than one delete per message. */
    private void deletePublished(Long[] ids) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from outbox_message where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", ids));
                delete.executeUpdate();
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
