package vn.election.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka in the order they were written, then marks them published.
 *
 * <p>Delivery is at least once: a message sent but not yet marked (a crash between the two) is sent
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
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean runQueued = new AtomicBoolean();

    public OutboxRelay(EntityManager em, KafkaPublisher publisher, OutboxConfig config, Clock clock) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
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
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        List<OutboxMessage> batch = em.createQuery(
                        "from OutboxMessage m where m.publishedAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(config.batchSize())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
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
            // one missing ack fails the pass before any mark: the batch is sent again later
            acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            published[i] = batch.get(i).id;
        }
        markPublished(published, OffsetDateTime.now(clock));
        return batch.size();
    }

    /** One statement for the whole pass rather than one update per message (the entities are not changed). */
    private void markPublished(Long[] ids, OffsetDateTime now) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement(
                    "update outbox_message set published_at = ? where id = any(?)")) {
                mark.setObject(1, now);
                mark.setArray(2, connection.createArrayOf("bigint", ids));
                mark.executeUpdate();
            }
        });
    }

    /** Deletes published messages older than the retention; the outbox is not an archive. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublished() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxMessage m where m.publishedAt < :before")
                .setParameter("before", before)
                .executeUpdate());
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
