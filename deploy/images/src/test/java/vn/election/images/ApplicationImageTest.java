package vn.election.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each application's image, as the pods of deploy/k8s run it (deploy/README.md, Images): user 185 (runAsUser 185,
 * runAsNonRoot), an entrypoint that finds its Java inside the image, a heap that follows the container's
 * memory limit, the OCI labels, and the application's port.
 */
class ApplicationImageTest {

    /** The applications and their HTTP ports (README, Ports; quarkus.http.port of each). */
    static Stream<Arguments> applications() {
        return Stream.of(
                Arguments.of("registry-service", 8081),
                Arguments.of("tally-service", 8082),
                Arguments.of("awards-service", 8083),
                Arguments.of("gateway", 8080));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void isNamedAfterTheApplicationAndItsVersion(String application, int port) {
        ImageArchive image = BuiltImages.application(application);
        assertEquals("election-suite/" + application + ":" + BuiltImages.VERSION, image.repoTag());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void runsAsUser185WhoExistsInTheImage(String application, int port) {
        ImageArchive image = BuiltImages.application(application);
        assertEquals("185", image.config().path("User").asText());
        assertEquals(1, BuiltImages.entriesWithId185(image, "/etc/passwd"), "/etc/passwd names user 185 once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void startsTheApplicationWithTheJavaOfTheImage(String application, int port) {
        ImageArchive image = BuiltImages.application(application);
        FileTree files = image.files();
        List<String> entrypoint = strings(image.config().path("Entrypoint"));
        assertFalse(entrypoint.isEmpty(), "an entrypoint");

        // the entrypoint's program is found as the container would find it: on the image's PATH, links followed
        String program = files.which(entrypoint.get(0), image.env("PATH").orElse(""))
                .orElseThrow(() -> new AssertionError(entrypoint.get(0) + " is not in the image (PATH "
                        + image.env("PATH").orElse("unset") + ")"));
        assertTrue(files.resolve(program).orElseThrow().isExecutableByAnyone(), program + " is executable by user 185");

        // the JVM itself: a real file of the image's JRE, e.g. /usr/lib/jvm/java-17-openjdk-amd64/bin/java
        String javaHome = image.env("JAVA_HOME").orElseThrow(() -> new AssertionError("no JAVA_HOME in the image"));
        String java = files.realPath(javaHome + "/bin/java")
                .orElseThrow(() -> new AssertionError("no " + javaHome + "/bin/java"));
        assertTrue(java.startsWith("/usr/lib/jvm/") && java.endsWith("/bin/java"), java);
        assertTrue(files.resolve(java).orElseThrow().isExecutableByAnyone(), java + " is executable by user 185");
        if (entrypoint.get(0).equals("java")) {
            assertEquals(java, program, "the entrypoint's java is the JRE of JAVA_HOME");
            assertEquals(
                    List.of("-jar", "quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        }

        // the application, in the working directory, readable by user 185 (the layers' files belong to root)
        String jar = image.config().path("WorkingDir").asText() + "/quarkus-run.jar";
        FileTree.Node runner = files.resolve(jar).orElseThrow(() -> new AssertionError("no " + jar));
        assertEquals(FileTree.Type.FILE, runner.type());
        assertTrue(runner.isReadableByAnyone(), jar + " is readable by user 185");
        assertTrue(
                files.hasFilesUnder(image.config().path("WorkingDir").asText() + "/lib/main"),
                "the libraries are there");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void capsTheHeapByTheContainersMemoryLimitAndExitsWhenOutOfMemory(String application, int port) {
        ImageArchive image = BuiltImages.application(application);
        // on a plain JRE base the flags are in the entrypoint; on a UBI base run-java.sh reads JAVA_OPTS_APPEND
        List<String> jvmOptions = new ArrayList<>(strings(image.config().path("Entrypoint")));
        image.env("JAVA_OPTS_APPEND").ifPresent(options -> jvmOptions.addAll(List.of(options.split(" "))));
        assertTrue(jvmOptions.contains("-XX:MaxRAMPercentage=75.0"), jvmOptions.toString());
        assertTrue(jvmOptions.contains("-XX:+ExitOnOutOfMemoryError"), jvmOptions.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void carriesTheOpenContainersLabels(String application, int port) {
        JsonNode labels = BuiltImages.application(application).config().path("Labels");
        assertEquals(application, labels.path("org.opencontainers.image.title").asText());
        assertEquals(
                BuiltImages.VERSION,
                labels.path("org.opencontainers.image.version").asText());
        assertEquals(
                "Election suite", labels.path("org.opencontainers.image.vendor").asText());
        assertFalse(labels.path("org.opencontainers.image.description").asText().isBlank(), "a description");
        assertFalse(
                labels.path("org.opencontainers.image.revision").asText().isBlank(),
                "a revision (GIT_COMMIT, else unknown)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void exposesTheApplicationsPort(String application, int port) {
        JsonNode ports = BuiltImages.application(application).config().path("ExposedPorts");
        assertTrue(ports.has(port + "/tcp"), "exposed: " + ports);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
