package vn.election.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import vn.election.events.Topics;

/**
 * One real broker per test run of a module, shared by all its test classes: started before Quarkus,
 * with every topic of the suite already created, and stopped at the end. Tests reach it through
 * {@link #broker()} to read topics, send events, or take it down and bring it back.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    static final List<String> TOPICS = List.of(
            Topics.REGISTRY_STRUCTURE,
            Topics.REGISTRY_CANDIDATES,
            Topics.REGISTRY_COMPLAINTS,
            Topics.TALLY_MINUTES,
            Topics.TALLY_RESULTS,
            Topics.AWARDS_DECISIONS);

    private static LocalKafkaBroker broker;

    public static synchronized LocalKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException(
                    "the test broker is not started; add @QuarkusTestResource(KafkaTestBroker.class)");
        }
        return broker;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = LocalKafkaBroker.startFresh(TOPICS);
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
