package vn.election.images;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * The image tarballs deploy/images/build.sh leaves in target/images. Building them takes minutes and
 * downloads Debian packages, so a plain `./mvnw verify` does not: the tests that need one are skipped when it
 * is missing, unless -Dimages.required=true (build.sh sets it), which makes a missing tarball a failure.
 */
final class BuiltImages {

    static final Path DIR = Path.of(System.getProperty("images.dir", "../../target/images"))
            .toAbsolutePath()
            .normalize();
    static final String VERSION = System.getProperty("images.version", "0.1.0-SNAPSHOT");
    private static final Path BASE = Path.of(
                    System.getProperty("images.base", DIR + "/base/debian-openjdk-17-runtime.tar"))
            .toAbsolutePath()
            .normalize();
    private static final boolean REQUIRED = Boolean.getBoolean("images.required");
    /** Files whose content the tests read. */
    private static final Set<String> READ_CONTENT = Set.of("/etc/passwd", "/etc/group");

    /** Each missing tarball is reported once on the console, not only in the test reports. */
    private static final Set<Path> REPORTED_MISSING = new HashSet<>();
    /** Each tarball is read once per test run (a few hundred MB of layers to decompress). */
    private static final Map<Path, ImageArchive> READ = new HashMap<>();

    private BuiltImages() {}

    static ImageArchive application(String name) {
        return open(DIR.resolve(name + "-" + VERSION + ".tar"));
    }

    static ImageArchive base() {
        return open(BASE);
    }

    private static synchronized ImageArchive open(Path tarball) {
        if (!Files.isRegularFile(tarball)) {
            String message = "no image tarball " + tarball + ": build the images with deploy/images/build.sh"
                    + " (deploy/README.md, Images)";
            if (REQUIRED) {
                fail(message);
            }
            if (REPORTED_MISSING.add(tarball)) {
                System.err.println("[images] " + message + "; its checks are skipped");
            }
            Assumptions.abort(message + "; skipped");
        }
        return READ.computeIfAbsent(tarball, t -> {
            try {
                return ImageArchive.read(t, READ_CONTENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The lines of /etc/passwd (or /etc/group) that give the numeric id 185 (the third field). */
    static long entriesWithId185(ImageArchive image, String file) {
        byte[] content = image.files().resolve(file).map(FileTree.Node::content).orElse(new byte[0]);
        return new String(content, StandardCharsets.UTF_8)
                .lines()
                .map(line -> line.split(":"))
                .filter(fields -> fields.length > 2 && fields[2].equals("185"))
                .count();
    }
}
