package vn.election.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the services are, where their configuration lives, and what a rendered Deployment gives them. */
final class Suite {

    /** The three services, each with its own database; the gateway has neither database nor Kafka. */
    static final List<String> SERVICES = List.of("registry-service", "tally-service", "awards-service");

    static final List<String> APPLICATIONS = List.of("registry-service", "tally-service", "awards-service", "gateway");

    private Suite() {}

    /** registry-service's CloudNativePG cluster is registry-db, and so on. */
    static String clusterOf(String service) {
        return service.replace("-service", "-db");
    }

    static String applicationProperties(String application) {
        return read(Manifests.suiteRoot().resolve(application).resolve("src/main/resources/application.properties"));
    }

    /** The defaults every service inherits from service-kit. */
    static String serviceKitDefaults() {
        return read(Manifests.suiteRoot()
                .resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Deployment deployment(String overlay, String name) {
        return Manifests.ofKind(overlay, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name + " in " + overlay));
    }

    static Container app(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("app"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(deployment.getMetadata().getName() + " has no container \"app\""));
    }

    /**
     * The environment of a Deployment's container: each variable with where it comes from, "literal:value",
     * "configMap:name=value" or "secret:name/key".
     */
    static Map<String, String> environment(String overlay, Deployment deployment) {
        Container app = app(deployment);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : app.getEnvFrom()) {
            String name = from.getConfigMapRef().getName();
            ConfigMap map = Manifests.ofKind(overlay, ConfigMap.class).stream()
                    .filter(c -> c.getMetadata().getName().equals(name))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(deployment.getMetadata().getName() + " reads ConfigMap " + name
                                    + ", which is not rendered"));
            map.getData().forEach((key, value) -> env.put(key, "configMap:" + name + "=" + value));
        }
        for (EnvVar var : app.getEnv()) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                env.put(
                        var.getName(),
                        "secret:" + var.getValueFrom().getSecretKeyRef().getName() + "/"
                                + var.getValueFrom().getSecretKeyRef().getKey());
            } else {
                env.put(var.getName(), "literal:" + var.getValue());
            }
        }
        return env;
    }

    /** The value a Deployment's container sees for a variable set from a ConfigMap or literally. */
    static String value(String overlay, Deployment deployment, String variable) {
        String source = environment(overlay, deployment).get(variable);
        if (source == null) {
            throw new AssertionError(deployment.getMetadata().getName() + " does not set " + variable);
        }
        return source.startsWith("literal:")
                ? source.substring("literal:".length())
                : source.substring(source.indexOf('=') + 1);
    }
}
