package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.election.events.Topics;

/** Kafka on Strimzi: KRaft with node pools, every topic the suite uses declared, replicated as the overlay says. */
class KafkaTest {

    /** A channel's topic or its dead-letter topic, as a service configures it. */
    private static final Pattern CONFIGURED_TOPIC =
            Pattern.compile("(?m)^mp\\.messaging\\.[^=\\s]+\\.(?:dead-letter-queue\\.)?topic\\s*=\\s*(\\S+)\\s*$");

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    /** Every topic of {@link Topics} and every topic a service's channels name, dead-letter topics included. */
    static Set<String> topicsTheSuiteUses() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        for (String service : Suite.SERVICES) {
            Matcher m = CONFIGURED_TOPIC.matcher(Suite.applicationProperties(service));
            while (m.find()) {
                topics.add(m.group(1));
            }
        }
        return topics;
    }

    private static Map<String, KafkaTopic> topicsByName(String overlay) {
        return Manifests.ofKind(overlay, KafkaTopic.class).stream()
                .collect(Collectors.toMap(
                        t -> t.getSpec().getTopicName() != null
                                ? t.getSpec().getTopicName()
                                : t.getMetadata().getName(),
                        t -> t));
    }

    @Test
    void theSuiteUsesTheTopicsOfTheEventsModuleAndTheDeadLetterTopicsOfItsConsumers() throws IllegalAccessException {
        Set<String> used = topicsTheSuiteUses();
        assertTrue(
                used.containsAll(Set.of(
                        "registry.structure",
                        "registry.candidates",
                        "tally.minutes",
                        "tally.results",
                        "awards.decisions",
                        "registry.structure.dlq.tally")),
                used::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicTheSuiteUsesIsAKafkaTopicOfTheCluster(String overlay) throws IllegalAccessException {
        Map<String, KafkaTopic> declared = topicsByName(overlay);
        Set<String> missing = new TreeSet<>(topicsTheSuiteUses());
        missing.removeAll(declared.keySet());
        assertEquals(Set.of(), missing, "topics without a KafkaTopic in deploy/k8s/base/kafka/topics.yaml");
        for (KafkaTopic topic : declared.values()) {
            assertEquals("election-kafka", topic.getMetadata().getLabels().get("strimzi.io/cluster"));
            assertTrue(topic.getSpec().getPartitions() >= 1);
            assertTrue(
                    topic.getSpec().getConfig().containsKey("retention.ms"),
                    topic.getMetadata().getName());
        }
    }

    @Test
    void productionReplicatesEveryTopicThreeTimesAndAcknowledgesOnTwo() {
        for (KafkaTopic topic : topicsByName("prod").values()) {
            assertEquals(3, topic.getSpec().getReplicas(), topic.getMetadata().getName());
            assertEquals(
                    2,
                    topic.getSpec().getConfig().get("min.insync.replicas"),
                    topic.getMetadata().getName());
        }
        Map<String, Object> config = kafka("prod").getSpec().getKafka().getConfig();
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(3, config.get("offsets.topic.replication.factor"));
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(3, nodePool("prod").getSpec().getReplicas());
    }

    @Test
    void developmentRunsOneUnreplicatedNode() {
        for (KafkaTopic topic : topicsByName("dev").values()) {
            assertEquals(1, topic.getSpec().getReplicas(), topic.getMetadata().getName());
            assertEquals(
                    1,
                    topic.getSpec().getConfig().get("min.insync.replicas"),
                    topic.getMetadata().getName());
        }
        assertEquals(1, kafka("dev").getSpec().getKafka().getConfig().get("offsets.topic.replication.factor"));
        assertEquals(1, nodePool("dev").getSpec().getReplicas());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsInKRaftModeOnANodePoolThatHoldsControllersAndBrokers(String overlay) {
        Kafka kafka = kafka(overlay);
        // the v1 API: no ZooKeeper, and sizes live in the node pool, not in the Kafka resource
        assertNull(kafka.getSpec().getZookeeper());
        assertNull(kafka.getSpec().getKafka().getReplicas());
        assertNull(kafka.getSpec().getKafka().getStorage());
        KafkaNodePool pool = nodePool(overlay);
        assertEquals(
                kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster"));
        assertEquals(
                Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER),
                Set.copyOf(pool.getSpec().getRoles()));
        assertEquals(false, kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheServicesReachTheBrokers(String overlay) {
        Kafka kafka = kafka(overlay);
        assertEquals(1, kafka.getSpec().getKafka().getListeners().size());
        GenericKafkaListener listener =
                kafka.getSpec().getKafka().getListeners().get(0);
        assertEquals(9092, listener.getPort());
        // Strimzi turns the peers into the listener's NetworkPolicy
        assertEquals(1, listener.getNetworkPolicyPeers().size());
        LabelSelector peers = listener.getNetworkPolicyPeers().get(0).getPodSelector();
        assertEquals(Map.of("app.kubernetes.io/component", "backend"), peers.getMatchLabels());
        for (String application : Suite.APPLICATIONS) {
            Map<String, String> labels = Suite.deployment(overlay, application)
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels();
            boolean peer = labels.entrySet().containsAll(peers.getMatchLabels().entrySet());
            assertEquals(!application.equals("gateway"), peer, application);
            if (peer) {
                assertEquals(
                        kafka.getMetadata().getName() + "-kafka-bootstrap:9092",
                        Suite.value(overlay, Suite.deployment(overlay, application), "KAFKA_BOOTSTRAP_SERVERS"),
                        application);
            }
        }
    }

    private static Kafka kafka(String overlay) {
        return Manifests.ofKind(overlay, Kafka.class).get(0);
    }

    private static KafkaNodePool nodePool(String overlay) {
        return Manifests.ofKind(overlay, KafkaNodePool.class).get(0);
    }
}
