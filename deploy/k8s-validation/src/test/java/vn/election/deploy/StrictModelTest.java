package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

/** The checks are only as good as the parser is strict: a sample of each way a manifest goes wrong. */
class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: sample
            spec:
              replicas: 2
              selector:
                matchLabels: {app: sample}
              template:
                metadata:
                  labels: {app: sample}
                spec:
                  containers:
                    - name: app
                      image: sample:1
                      ports:
                        - name: http
                          containerPort: 8080
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: http}
                      resources:
                        limits: {cpu: "1", memory: 512Mi}
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata:
              name: sample
              labels: {strimzi.io/cluster: election-kafka}
            spec:
              topicName: sample.topic
              partitions: 12
              replicas: 3
              config: {retention.ms: -1}
            """;

    private static Object read(String yaml) {
        return StrictModel.read(Manifests.documents(yaml).get(0));
    }

    @Test
    void aWellFormedDeploymentAndTopicAreReadWithTheirValues() {
        Deployment deployment = (Deployment) read(DEPLOYMENT);
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals(
                "/q/health/ready",
                deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getReadinessProbe()
                        .getHttpGet()
                        .getPath());
        assertEquals(
                "512Mi",
                deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getResources()
                        .getLimits()
                        .get("memory")
                        .toString());

        KafkaTopic topic = (KafkaTopic) read(TOPIC);
        assertEquals(12, topic.getSpec().getPartitions());
        assertEquals("sample.topic", topic.getSpec().getTopicName());
    }

    @Test
    void aMisspeltKubernetesFieldFails() {
        // "readinesProbe" would be dropped silently by a lenient reader, and the pod would have no probe
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> read(DEPLOYMENT.replace("readinessProbe:", "readinesProbe:")));
        assertTrue(e.getMessage().contains("readinesProbe"), e.getMessage());
    }

    @Test
    void aFieldAtTheWrongLevelFails() {
        // a probe belongs to a container, not to the pod
        String misplaced = DEPLOYMENT + "      livenessProbe: {httpGet: {path: /q/health/live, port: http}}\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(misplaced));
        assertTrue(e.getMessage().contains("livenessProbe"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        assertThrows(IllegalArgumentException.class, () -> read(DEPLOYMENT.replace("replicas: 2", "replicas: two")));
        assertThrows(IllegalArgumentException.class, () -> read(DEPLOYMENT.replace("replicas: 2", "replicas: \"2\"")));
    }

    @Test
    void aMisspeltStrimziFieldFails() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> read(TOPIC.replace("partitions: 12", "partitons: 12")));
        assertTrue(e.getMessage().contains("partitons"), e.getMessage());
    }

    @Test
    void aKindWithoutAModelFails() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> read(TOPIC.replace("kind: KafkaTopic", "kind: KafkaTopics")));
        assertTrue(e.getMessage().contains("kafka.strimzi.io/v1/KafkaTopics"), e.getMessage());
    }
}
