package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Service;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Deployment gives its application the environment the application's configuration reads. */
class EnvironmentTest {

    /** An environment variable in a configuration value: ${PGHOST:127.0.0.1}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    /** The variables a running application reads; the image build's settings are read at build time only. */
    private static Set<String> variables(String properties) {
        String runtime = properties
                .lines()
                .filter(line -> !line.startsWith("quarkus.container-image.") && !line.startsWith("quarkus.jib."))
                .collect(Collectors.joining("\n"));
        Set<String> variables = new TreeSet<>();
        Matcher m = VARIABLE.matcher(runtime);
        while (m.find()) {
            variables.add(m.group(1));
        }
        return variables;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceReadsIsSet(String overlay) {
        for (String service : Suite.SERVICES) {
            Set<String> read = variables(Suite.applicationProperties(service) + "\n" + Suite.serviceKitDefaults());
            Set<String> missing = new TreeSet<>(read);
            missing.removeAll(Suite.environment(overlay, Suite.deployment(overlay, service))
                    .keySet());
            assertEquals(Set.of(), missing, service + " reads these, but its Deployment does not set them");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayRoutesToTheServicesAsTheyAreDeployed(String overlay) {
        var gateway = Suite.deployment(overlay, "gateway");
        for (String service : Suite.SERVICES) {
            Service target = Manifests.ofKind(overlay, Service.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(service))
                    .findFirst()
                    .orElseThrow();
            String variable =
                    "GATEWAY_SERVICES_" + service.replace("-service", "").toUpperCase() + "_URL";
            assertEquals(
                    "http://" + service + ":"
                            + target.getSpec().getPorts().get(0).getPort(),
                    Suite.value(overlay, gateway, variable),
                    variable);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void browsersMayCallOnlyFromListedOriginsNeverAny(String overlay) {
        String origins = Suite.value(overlay, Suite.deployment(overlay, "gateway"), "QUARKUS_HTTP_CORS_ORIGINS");
        for (String origin : origins.split(",")) {
            assertEquals(true, origin.startsWith("https://") || origin.startsWith("http://localhost"), origin);
        }
    }
}
