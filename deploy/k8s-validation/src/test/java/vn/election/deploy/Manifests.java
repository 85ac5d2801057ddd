package vn.election.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The manifests under deploy/k8s: the files themselves, and each overlay as `kubectl kustomize` renders it. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {}

    static Path k8sDir() {
        return Path.of(System.getProperty("deploy.k8s.dir", "../k8s"))
                .toAbsolutePath()
                .normalize();
    }

    /** The repository root, to read what the services configure. */
    static Path suiteRoot() {
        return Path.of(System.getProperty("suite.root", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * The kubectl that renders the overlays, if this machine has one. Without it the rendered checks are
     * skipped (with a message saying so) and only the files themselves are checked (ManifestFilesTest).
     */
    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String noKubectlMessage() {
        return "kubectl is not on the PATH of this machine: the overlays under " + k8sDir()
                + " are NOT rendered, so the checks of the rendered documents are skipped; the base and overlay"
                + " files are still parsed strictly one by one (ManifestFilesTest). Install kubectl (it carries"
                + " kustomize) to run them.";
    }

    /** Every document of an overlay, as `kubectl kustomize deploy/k8s/overlays/{overlay}` renders it. */
    static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static List<JsonNode> render(String overlay) {
        Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException(noKubectlMessage()));
        Path dir = k8sDir().resolve("overlays").resolve(overlay);
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            // stderr is small (a message at most); read it after the document stream
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed (" + exit + "): " + err);
            }
            return documents(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The documents of a multi-document YAML text, without the empty ones. A document may be a list (a JSON
     * patch), so the documents are read one by one rather than through a MappingIterator, which would unwrap
     * a top-level list into its elements.
     */
    static List<JsonNode> documents(String yaml) {
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode document = YAML.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered documents of one kind, read strictly into its model. */
    static <T> List<T> ofKind(String overlay, Class<T> model) {
        return rendered(overlay).stream()
                .map(StrictModel::read)
                .filter(model::isInstance)
                .map(model::cast)
                .toList();
    }

    /** The rendered documents of a kind that has no Java model (CloudNativePG), as trees. */
    static List<JsonNode> ofKind(String overlay, String apiVersionAndKind) {
        return rendered(overlay).stream()
                .filter(d -> StrictModel.typeOf(d).equals(apiVersionAndKind))
                .toList();
    }
}
