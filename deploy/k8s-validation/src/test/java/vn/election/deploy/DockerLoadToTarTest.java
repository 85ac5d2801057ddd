package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/docker-load-to-tar, which the image build hands its image to instead of a Docker daemon
 * (quarkus.jib.docker-executable-name): it must keep the tarball, named after the image.
 */
class DockerLoadToTarTest {

    private static final Path SCRIPT = Manifests.k8sDir().resolveSibling("k8s-validation/bin/docker-load-to-tar");

    @TempDir
    Path work;

    private record Run(int exit, String out) {}

    private Run run(Path stdin, Path imageDir, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat(SCRIPT.toString(), args)).redirectErrorStream(true);
        builder.environment().put("IMAGE_TAR_DIR", imageDir.toString());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    private static List<String> concat(String first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toList();
    }

    /** A tarball shaped like the one Jib streams to `docker load`: a manifest.json that names the image. */
    private Path imageTarball(String manifest) throws IOException, InterruptedException {
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve("manifest.json"), manifest);
        Files.writeString(content.resolve("config.json"), "{}");
        Path tarball = work.resolve("image.tar");
        Process tar = new ProcessBuilder(
                        "tar", "-cf", tarball.toString(), "-C", content.toString(), "manifest.json", "config.json")
                .inheritIO()
                .start();
        assertEquals(0, tar.waitFor());
        return tarball;
    }

    @Test
    void loadKeepsTheTarballUnderTheImagesNameAndTag() throws Exception {
        Path tarball = imageTarball(
                "[{\"Config\":\"config.json\",\"RepoTags\":[\"election-suite/registry-service:1.2.3\"],\"Layers\":[]}]");
        Path images = work.resolve("images");

        Run run = run(tarball, images, "load");

        assertEquals(0, run.exit(), run.out());
        Path written = images.resolve("registry-service-1.2.3.tar");
        assertArrayEquals(Files.readAllBytes(tarball), Files.readAllBytes(written));
        assertTrue(run.out().startsWith("Loaded image: election-suite/registry-service:1.2.3"), run.out());
        // nothing half-written is left beside it
        try (var files = Files.list(images)) {
            assertEquals(List.of(written), files.toList());
        }
    }

    @Test
    void aTarballThatNamesNoImageIsRefused() throws Exception {
        Path tarball = imageTarball("[{\"Config\":\"config.json\",\"Layers\":[]}]");
        Path images = work.resolve("images");

        Run run = run(tarball, images, "load");

        assertEquals(1, run.exit(), run.out());
        try (var files = Files.list(images)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void infoDescribesALinuxAmd64Host() throws Exception {
        Run run = run(null, work, "info", "-f", "{{json .}}");
        assertEquals(0, run.exit());
        assertEquals(
                "{\"OSType\":\"linux\",\"Architecture\":\"x86_64\"}", run.out().strip());
    }

    @Test
    void anythingElseFails() throws Exception {
        assertEquals(2, run(null, work, "push", "election-suite/gateway").exit());
    }
}
