package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No credential is committed: they come from Secrets that the operators (or the cluster's admins) create. */
class SecretsTest {

    private static final Pattern CREDENTIAL =
            Pattern.compile("(?i).*(password|passwd|secret|token|credential|private.?key|access.?key).*");

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretHoldsALiteralCredential(String overlay) {
        for (Secret secret : Manifests.ofKind(overlay, Secret.class)) {
            assertTrue(
                    secret.getData() == null
                            || secret.getData().values().stream().allMatch(String::isEmpty),
                    () -> "Secret " + secret.getMetadata().getName() + " carries data");
            assertTrue(
                    secret.getStringData() == null
                            || secret.getStringData().values().stream().allMatch(String::isEmpty),
                    () -> "Secret " + secret.getMetadata().getName() + " carries stringData");
        }
        for (ConfigMap map : Manifests.ofKind(overlay, ConfigMap.class)) {
            map.getData()
                    .keySet()
                    .forEach(key -> assertFalse(
                            CREDENTIAL.matcher(key).matches(),
                            () -> "ConfigMap " + map.getMetadata().getName() + " holds " + key
                                    + ": a credential belongs in a Secret"));
        }
        for (Deployment deployment : Manifests.ofKind(overlay, Deployment.class)) {
            Suite.environment(overlay, deployment)
                    .forEach((name, source) -> assertFalse(
                            CREDENTIAL.matcher(name).matches() && !source.startsWith("secret:"),
                            () -> deployment.getMetadata().getName() + " sets " + name + " from " + source
                                    + ", not from a Secret"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void databaseCredentialsComeFromTheSecretCloudNativePgCreatesForEachService(String overlay) {
        for (String service : Suite.SERVICES) {
            Map<String, String> env = Suite.environment(overlay, Suite.deployment(overlay, service));
            // CloudNativePG names the owner's Secret <cluster>-app, with the keys username and password
            String secret = Suite.clusterOf(service) + "-app";
            assertEquals("secret:" + secret + "/username", env.get("PGUSER"), service);
            assertEquals("secret:" + secret + "/password", env.get("PGPASSWORD"), service);
        }
        assertFalse(
                Suite.environment(overlay, Suite.deployment(overlay, "gateway")).containsKey("PGPASSWORD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void backupCredentialsAreReferencesToASecretThatIsNotCommitted(String overlay) {
        List<String> secretNames = new ArrayList<>();
        for (JsonNode cluster : Manifests.ofKind(overlay, "postgresql.cnpg.io/v1/Cluster")) {
            JsonNode s3 = cluster.path("spec")
                    .path("backup")
                    .path("barmanObjectStore")
                    .path("s3Credentials");
            for (String field : List.of("accessKeyId", "secretAccessKey")) {
                JsonNode reference = s3.path(field);
                assertEquals(
                        List.of("key", "name"),
                        fieldNames(reference),
                        () -> cluster.path("metadata").path("name").asText() + " " + field);
                secretNames.add(reference.path("name").asText());
            }
        }
        assertFalse(secretNames.isEmpty());
        assertTrue(
                Manifests.ofKind(overlay, Secret.class).stream()
                        .noneMatch(s -> secretNames.contains(s.getMetadata().getName())),
                "the backup Secret is created in the cluster, never rendered from the repository");
    }

    /** The field names of a JSON object, sorted. */
    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
