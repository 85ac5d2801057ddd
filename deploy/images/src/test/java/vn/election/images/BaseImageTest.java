package vn.election.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Debian JVM base that deploy/images/build-base-image.sh builds (target/images/base): a JRE on the PATH
 * with its CA certificates, the user 185, and none of the package caches or documentation.
 */
class BaseImageTest {

    private static final String JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";

    @Test
    void javaOnThePathIsTheDebianJre17() {
        ImageArchive base = BuiltImages.base();
        // /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/java-17-openjdk-amd64/bin/java
        assertEquals(
                JAVA, base.files().which("java", base.env("PATH").orElse("")).orElseThrow());
        assertTrue(base.files().resolve(JAVA).orElseThrow().isExecutableByAnyone());
        assertEquals("/usr/lib/jvm/java-17-openjdk-amd64", base.env("JAVA_HOME").orElseThrow());
    }

    @Test
    void theJreTrustsTheDebianCaCertificates() {
        // the JRE's truststore is a link to the one ca-certificates-java keeps: TLS to Kafka and PostgreSQL needs it
        FileTree files = BuiltImages.base().files();
        assertEquals(
                "/etc/ssl/certs/java/cacerts",
                files.realPath("/usr/lib/jvm/java-17-openjdk-amd64/lib/security/cacerts")
                        .orElseThrow());
        assertEquals(
                FileTree.Type.FILE,
                files.resolve("/etc/ssl/certs/java/cacerts").orElseThrow().type());
    }

    @Test
    void runsAsUser185() {
        ImageArchive base = BuiltImages.base();
        assertEquals("185", base.config().path("User").asText());
        assertEquals(1, BuiltImages.entriesWithId185(base, "/etc/passwd"));
        assertEquals(1, BuiltImages.entriesWithId185(base, "/etc/group"));
        assertEquals(
                FileTree.Type.DIRECTORY,
                base.files().resolve("/home/jboss").orElseThrow().type());
    }

    @Test
    void isOneLayerWithoutPackageCachesOrDocumentation() {
        ImageArchive base = BuiltImages.base();
        assertEquals(1, base.layerCount());
        for (String trimmed :
                new String[] {"/var/cache/apt", "/var/lib/apt/lists", "/usr/share/doc", "/usr/share/man"}) {
            assertFalse(base.files().hasFilesUnder(trimmed), trimmed + " is empty");
        }
    }
}
