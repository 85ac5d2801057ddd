package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under deploy/k8s on its own, with or without kubectl: each resource and each strategic-merge
 * patch fits its model strictly, each JSON patch is well-formed, and every file a kustomization names exists.
 */
class ManifestFilesTest {

    private static final Set<String> JSON_PATCH_OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Manifests.k8sDir())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theBaseAndBothOverlaysExist() throws IOException {
        List<Path> kustomizations = yamlFiles().stream()
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                .map(f -> Manifests.k8sDir().relativize(f.getParent()))
                .toList();
        assertTrue(
                kustomizations.containsAll(List.of(Path.of("base"), Path.of("overlays/dev"), Path.of("overlays/prod"))),
                kustomizations::toString);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentFitsItsModel() throws IOException {
        return yamlFiles().stream()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .map(file -> DynamicTest.dynamicTest(
                        Manifests.k8sDir().relativize(file).toString(), () -> {
                            List<JsonNode> documents = Manifests.documents(file);
                            assertFalse(documents.isEmpty(), file + " holds no document");
                            for (JsonNode document : documents) {
                                if (document.isArray()) {
                                    assertJsonPatch(file, document);
                                } else {
                                    StrictModel.read(document);
                                }
                            }
                        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFileAKustomizationNamesExists() throws IOException {
        return yamlFiles().stream()
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                .map(file -> DynamicTest.dynamicTest(
                        Manifests.k8sDir().relativize(file).toString(), () -> {
                            JsonNode kustomization = Manifests.documents(file).get(0);
                            List<String> named = new ArrayList<>();
                            kustomization.path("resources").forEach(r -> named.add(r.asText()));
                            kustomization.path("patches").forEach(p -> {
                                if (p.has("path")) {
                                    named.add(p.get("path").asText());
                                }
                            });
                            kustomization
                                    .path("configMapGenerator")
                                    .forEach(g -> g.path("envs").forEach(e -> named.add(e.asText())));
                            assertFalse(named.isEmpty(), file + " names nothing");
                            for (String name : named) {
                                assertTrue(
                                        Files.exists(file.getParent().resolve(name)),
                                        file + " names " + name + ", which does not exist");
                            }
                        }));
    }

    private static void assertJsonPatch(Path file, JsonNode patch) {
        for (JsonNode op : patch) {
            assertTrue(JSON_PATCH_OPS.contains(op.path("op").asText()), file + ": not a JSON patch operation: " + op);
            assertTrue(op.path("path").asText().startsWith("/"), file + ": a JSON patch path starts with /: " + op);
        }
    }
}
