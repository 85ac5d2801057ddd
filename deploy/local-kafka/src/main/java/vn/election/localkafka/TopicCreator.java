package vn.election.localkafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's topics in the starting broker, once it answers; existing topics are kept. When
 * all exist it writes {@code <data-dir>/topics.ready}, which the suite script waits for.
 */
final class TopicCreator {

    private TopicCreator() {}

    static void createOnceReady(BrokerOptions options) {
        Thread creator = new Thread(() -> create(options), "topic-creator");
        creator.setDaemon(true);
        creator.start();
    }

    static Path readyMarker(BrokerOptions options) {
        return options.dataDir().resolve("topics.ready");
    }

    private static void create(BrokerOptions options) {
        try {
            Files.deleteIfExists(readyMarker(options));
        } catch (IOException e) {
            System.err.println("[topic-creator] cannot reset " + readyMarker(options) + ": " + e);
        }
        boolean allExist = true;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + options.port(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                120_000))) {
            for (String topic : options.topics()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, options.partitions(), (short) 1)))
                            .all()
                            .get(2, TimeUnit.MINUTES);
                    System.out.println("[topic-creator] created " + topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        allExist = false;
                        System.err.println("[topic-creator] cannot create " + topic + ": " + e.getCause());
                    }
                }
            }
            if (allExist) {
                Files.writeString(readyMarker(options), String.join("\n", options.topics()) + "\n");
            }
        } catch (Exception e) {
            System.err.println("[topic-creator] gave up: " + e);
        }
    }
}
