package vn.election.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Map;
import java.util.Set;

/**
 * Reads a manifest document into the real model of its kind, strictly: an unknown or misspelt field, or a
 * value of the wrong type, is an error, as with {@code kubectl apply --validate=strict}.
 *
 * <p>The fabric8 and Strimzi model classes keep unknown fields in an {@code additionalProperties} map
 * (their {@code @JsonAnySetter}) so that a client survives newer servers; for a check that is exactly
 * wrong, so this mapper ignores every any-setter and fails on unknown properties instead.
 */
final class StrictModel {

    /** The kinds the suite deploys, by {@code apiVersion/kind}, each with the model it must fit. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

    /**
     * CloudNativePG publishes no Java model to Maven Central, and no CRD schema in a Maven Central or npm
     * artifact that rejects unknown fields (deploy/README.md, "How the manifests are checked"): its
     * documents stay trees, and the tests check the fields the suite relies on.
     */
    static final Set<String> WITHOUT_MODEL =
            Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // "replicas: three" must not become 0, nor "true" a boolean
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .build();

    private StrictModel() {}

    /**
     * The model of a document, or an {@link IllegalArgumentException} naming what does not fit; a kind of
     * {@link #WITHOUT_MODEL} comes back as the document itself.
     */
    static Object read(JsonNode document) {
        String type = typeOf(document);
        if (WITHOUT_MODEL.contains(type)) {
            return document;
        }
        Class<?> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException(type + " is not a kind the suite deploys; add its model to StrictModel");
        }
        return convert(document, model, type);
    }

    /** Like {@link #read}, for a document known to be of one model. */
    static <T> T read(JsonNode document, Class<T> model) {
        return model.cast(read(document));
    }

    static String typeOf(JsonNode document) {
        return document.path("apiVersion").asText("?") + "/"
                + document.path("kind").asText("?");
    }

    private static <T> T convert(JsonNode document, Class<T> model, String type) {
        try {
            return MAPPER.treeToValue(document, model);
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    type + " " + document.path("metadata").path("name").asText("?") + " does not fit " + model.getName()
                            + ": " + e.getMessage(),
                    e);
        }
    }
}
