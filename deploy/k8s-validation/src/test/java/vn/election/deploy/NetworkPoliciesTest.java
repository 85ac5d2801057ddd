package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may connect to whom: nothing by default; the gateway from the ingress controller; each service from
 * the gateway; each database from its own service. (Kafka's listener policy is Strimzi's: KafkaTest.)
 * Prometheus, in the monitoring namespace, may scrape.
 */
class NetworkPoliciesTest {

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    private static NetworkPolicy policy(String overlay, String name) {
        return Manifests.ofKind(overlay, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy " + name));
    }

    /** Each peer that may connect, as "pod:name", "pod:cluster", or "namespace:name", with the ports it may use. */
    private static Set<String> peers(NetworkPolicy policy) {
        Set<String> peers = new TreeSet<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            List<Integer> ports = new ArrayList<>();
            rule.getPorts().forEach(p -> ports.add(p.getPort().getIntVal()));
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                String who = peer.getNamespaceSelector() != null
                        ? "namespace:"
                                + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")
                        : "pod:" + only(peer.getPodSelector());
                peers.add(who + " " + ports);
            }
        }
        return peers;
    }

    private static String only(LabelSelector selector) {
        Map<String, String> labels = selector.getMatchLabels();
        assertEquals(1, labels.size(), labels::toString);
        return labels.values().iterator().next();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nothingIsReachableUnlessAllowed(String overlay) {
        NetworkPolicy deny = policy(overlay, "default-deny-ingress");
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels() == null
                || deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
        assertEquals(List.of("Ingress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getIngress() == null
                || deny.getSpec().getIngress().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheIngressControllerReachesTheGateway(String overlay) {
        assertEquals(
                Set.of("namespace:ingress-nginx [8080]", "namespace:monitoring [8080]"),
                peers(policy(overlay, "gateway")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayReachesEachService(String overlay) {
        Map<String, Integer> ports = Map.of("registry-service", 8081, "tally-service", 8082, "awards-service", 8083);
        for (String service : Suite.SERVICES) {
            int port = ports.get(service);
            NetworkPolicy policy = policy(overlay, service);
            assertEquals(
                    service, policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
            assertEquals(
                    Set.of("pod:gateway [" + port + "]", "namespace:monitoring [" + port + "]"),
                    peers(policy),
                    service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDatabaseIsReachableOnlyFromItsOwnService(String overlay) {
        for (String service : Suite.SERVICES) {
            String cluster = Suite.clusterOf(service);
            NetworkPolicy policy = policy(overlay, cluster);
            assertEquals(
                    Map.of("cnpg.io/cluster", cluster),
                    policy.getSpec().getPodSelector().getMatchLabels());
            // besides its service: its own instances (replication), the operator, and the metrics exporter
            assertEquals(
                    Set.of(
                            "pod:" + service + " [5432]",
                            "pod:" + cluster + " [5432, 8000]",
                            "namespace:cnpg-system [8000, 5432]",
                            "namespace:monitoring [9187]"),
                    peers(policy),
                    cluster);
        }
    }
}
