package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL on CloudNativePG: one Cluster per service, its database and owner, the service pointed at it,
 * and backups in production. CloudNativePG has no Java model on Maven Central, so these tests read the
 * fields the suite relies on from the rendered trees.
 */
class PostgresTest {

    private static final String CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    private static final String SCHEDULED_BACKUP = "postgresql.cnpg.io/v1/ScheduledBackup";

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    private static Map<String, JsonNode> clusters(String overlay) {
        Map<String, JsonNode> clusters = new TreeMap<>();
        Manifests.ofKind(overlay, CLUSTER)
                .forEach(c -> clusters.put(c.path("metadata").path("name").asText(), c));
        return clusters;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasItsOwnClusterDatabaseAndOwner(String overlay) {
        Map<String, JsonNode> clusters = clusters(overlay);
        assertEquals(List.of("awards-db", "registry-db", "tally-db"), List.copyOf(clusters.keySet()));
        for (String service : Suite.SERVICES) {
            String database = service.replace("-service", "");
            JsonNode initdb = clusters.get(Suite.clusterOf(service))
                    .path("spec")
                    .path("bootstrap")
                    .path("initdb");
            assertEquals(database, initdb.path("database").asText(), service);
            assertEquals(database, initdb.path("owner").asText(), service);

            // the service connects to the primary of its own cluster, to the database it owns
            Deployment deployment = Suite.deployment(overlay, service);
            assertEquals(Suite.clusterOf(service) + "-rw", Suite.value(overlay, deployment, "PGHOST"), service);
            assertEquals("5432", Suite.value(overlay, deployment, "PGPORT"), service);
            assertEquals(database, Suite.value(overlay, deployment, database.toUpperCase() + "_DB"), service);
        }
    }

    @Test
    void productionRunsThreeInstancesPerDatabaseAndDevelopmentOne() {
        clusters("prod")
                .forEach((name, c) ->
                        assertEquals(3, c.path("spec").path("instances").asInt(), name));
        clusters("dev")
                .forEach((name, c) ->
                        assertEquals(1, c.path("spec").path("instances").asInt(), name));
    }

    @Test
    void productionArchivesEveryDatabaseAndTakesANightlyBaseBackup() {
        for (Map.Entry<String, JsonNode> cluster : clusters("prod").entrySet()) {
            JsonNode backup = cluster.getValue().path("spec").path("backup");
            assertTrue(
                    backup.path("barmanObjectStore")
                            .path("destinationPath")
                            .asText()
                            .startsWith("s3://"),
                    cluster.getKey());
            assertEquals("30d", backup.path("retentionPolicy").asText(), cluster.getKey());
            List<JsonNode> scheduled = Manifests.ofKind("prod", SCHEDULED_BACKUP).stream()
                    .filter(s ->
                            s.path("spec").path("cluster").path("name").asText().equals(cluster.getKey()))
                    .toList();
            assertEquals(1, scheduled.size(), cluster.getKey());
            assertEquals(
                    "barmanObjectStore",
                    scheduled.get(0).path("spec").path("method").asText());
            // CloudNativePG's cron has six fields, seconds first
            assertEquals(
                    6, scheduled.get(0).path("spec").path("schedule").asText().split(" ").length);
        }
    }

    @Test
    void developmentTakesNoBackups() {
        clusters("dev")
                .forEach((name, c) -> assertTrue(c.path("spec").path("backup").isMissingNode(), name));
        assertFalse(Manifests.rendered("dev").stream()
                .anyMatch(d -> StrictModel.typeOf(d).equals(SCHEDULED_BACKUP)));
    }
}
