package vn.election.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An image tarball in `docker load` format (what Jib hands to `docker load` and docker-load-to-tar keeps, and
 * what skopeo writes as docker-archive): manifest.json names the configuration and the layers, in order.
 */
final class ImageArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A layer whose name starts like this removes a path of a lower layer (OCI whiteout). */
    private static final String WHITEOUT_PREFIX = ".wh.";

    private final JsonNode manifest;
    private final JsonNode configuration;
    private final FileTree files;

    private ImageArchive(JsonNode manifest, JsonNode configuration, FileTree files) {
        this.manifest = manifest;
        this.configuration = configuration;
        this.files = files;
    }

    /** Reads the image; the content of the files named in {@code keepContentOf} is kept (e.g. /etc/passwd). */
    static ImageArchive read(Path tarball, Set<String> keepContentOf) throws IOException {
        try (TarFile archive = new TarFile(tarball)) {
            Map<String, TarArchiveEntry> entries = new HashMap<>();
            // "./manifest.json" (tar -C dir .) and "manifest.json" (docker save, Jib, skopeo) are the same entry
            archive.getEntries().forEach(e -> entries.put(e.getName().replaceFirst("^\\./", ""), e));
            JsonNode manifest = JSON.readTree(archive.getInputStream(required(entries, "manifest.json")))
                    .get(0);
            JsonNode configuration = JSON.readTree(archive.getInputStream(
                    required(entries, manifest.get("Config").asText())));
            FileTree files = new FileTree();
            for (JsonNode layer : manifest.get("Layers")) {
                try (InputStream in = archive.getInputStream(required(entries, layer.asText()))) {
                    apply(files, in, keepContentOf);
                }
            }
            return new ImageArchive(manifest, configuration, files);
        }
    }

    private static TarArchiveEntry required(Map<String, TarArchiveEntry> entries, String name) {
        TarArchiveEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalStateException("the image tarball has no " + name);
        }
        return entry;
    }

    /** One layer onto the tree; layers may be gzip-compressed (Jib) or not (skopeo's docker-archive). */
    private static void apply(FileTree files, InputStream raw, Set<String> keepContentOf) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        try (TarArchiveInputStream layer =
                new TarArchiveInputStream(gzipped ? new GzipCompressorInputStream(in) : in)) {
            TarArchiveEntry entry;
            while ((entry = layer.getNextEntry()) != null) {
                String path = FileTree.normalize(entry.getName());
                if (path.substring(path.lastIndexOf('/') + 1).startsWith(WHITEOUT_PREFIX)) {
                    // neither the base image build nor Jib writes whiteouts; reading past one would be a lie
                    throw new IllegalStateException("whiteouts are not supported here: " + path);
                }
                files.put(path, node(files, entry, layer, keepContentOf.contains(path)));
            }
        }
    }

    private static FileTree.Node node(FileTree files, TarArchiveEntry entry, InputStream content, boolean keep)
            throws IOException {
        if (entry.isSymbolicLink()) {
            return new FileTree.Node(FileTree.Type.SYMLINK, entry.getMode(), entry.getLinkName(), null);
        }
        if (entry.isLink()) {
            // a hard link is the same file as its target, which an earlier entry of this layer holds
            return files.get(entry.getLinkName())
                    .orElseThrow(
                            () -> new IllegalStateException("hard link to a missing file: " + entry.getLinkName()));
        }
        if (entry.isDirectory()) {
            return new FileTree.Node(FileTree.Type.DIRECTORY, entry.getMode(), null, null);
        }
        if (entry.isFile()) {
            return new FileTree.Node(FileTree.Type.FILE, entry.getMode(), null, keep ? content.readAllBytes() : null);
        }
        return new FileTree.Node(FileTree.Type.OTHER, entry.getMode(), null, null);
    }

    /** The "config" part of the image configuration: User, Entrypoint, Env, Labels, ExposedPorts... */
    JsonNode config() {
        return configuration.get("config");
    }

    /** The image's name:tag, as the tarball gives it to `docker load`. */
    String repoTag() {
        return manifest.get("RepoTags").get(0).asText();
    }

    int layerCount() {
        return manifest.get("Layers").size();
    }

    FileTree files() {
        return files;
    }

    /** A variable of the image's environment (Env: ["PATH=...", ...]). */
    Optional<String> env(String name) {
        for (JsonNode variable : config().path("Env")) {
            String text = variable.asText();
            if (text.startsWith(name + "=")) {
                return Optional.of(text.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
