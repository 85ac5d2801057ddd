package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay renders with Kustomize, and every rendered document fits the real model of its kind. */
class RenderedOverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedDocumentFitsItsModelStrictly(String overlay) {
        Rendering.requireKubectl();
        List<String> misfits = new ArrayList<>();
        for (JsonNode document : Manifests.rendered(overlay)) {
            try {
                StrictModel.read(document);
            } catch (IllegalArgumentException e) {
                misfits.add(e.getMessage());
            }
        }
        assertEquals(List.of(), misfits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayRendersTheWholeSuiteIntoItsNamespace(String overlay) {
        Rendering.requireKubectl();
        Map<String, Integer> kinds = new TreeMap<>();
        for (JsonNode document : Manifests.rendered(overlay)) {
            kinds.merge(document.path("kind").asText(), 1, Integer::sum);
            assertEquals(
                    overlay.equals("prod") ? "election" : "election-dev",
                    document.path("metadata").path("namespace").asText(),
                    () -> StrictModel.typeOf(document));
        }
        assertEquals(4, kinds.get("Deployment"));
        assertEquals(4, kinds.get("Service"));
        assertEquals(4, kinds.get("HorizontalPodAutoscaler"));
        assertEquals(4, kinds.get("PodDisruptionBudget"));
        assertEquals(1, kinds.get("Ingress"));
        assertEquals(1, kinds.get("Kafka"));
        assertEquals(3, kinds.get("Cluster"));
        assertTrue(kinds.get("KafkaTopic") >= 5, kinds::toString);
    }
}
