package vn.election.tally;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.awaitility.Awaitility;
import vn.election.events.CloudEventHeaders;
import vn.election.testing.TestEvents;

/**
 * Counts the events the service has sent, exactly: the relay deletes what Kafka acknowledged, so once the
 * outbox is empty every event recorded so far is on its topic, and the topic read to its end holds them all.
 */
public final class SentEvents {

    private SentEvents() {}

    /** How many events of this type and key the service has sent to the topic. */
    public static long count(EntityManager em, String topic, String type, String key) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_message")
                                                .getSingleResult())
                                        .longValue()
                                == 0));
        return TestEvents.readAll(topic, Duration.ofSeconds(30)).stream()
                .filter(r -> key.equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)))
                .count();
    }
}
