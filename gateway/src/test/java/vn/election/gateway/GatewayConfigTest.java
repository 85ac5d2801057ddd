package vn.election.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backend URLs can be changed by environment variables alone, as the deployment does. */
class GatewayConfigTest {

    @Test
    void anEnvironmentVariableOverridesTheFileValue() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "gateway.services.registry.url", "http://127.0.0.1:8081",
                                "gateway.services.tally.url", "http://127.0.0.1:8082",
                                "gateway.services.awards.url", "http://127.0.0.1:8083"),
                        "application.properties",
                        250))
                .withSources(new EnvConfigSource(
                        Map.of(
                                "GATEWAY_SERVICES_TALLY_URL", "http://tally.internal:80",
                                "GATEWAY_CLIENT_CONNECT_TIMEOUT", "1s"),
                        300))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(GatewayConfig.class)
                .build();

        GatewayConfig gateway = config.getConfigMapping(GatewayConfig.class);

        assertEquals(
                URI.create("http://127.0.0.1:8081"),
                gateway.services().registry().url());
        assertEquals(
                URI.create("http://tally.internal:80"),
                gateway.services().tally().url());
        assertEquals(Duration.ofSeconds(1), gateway.client().connectTimeout());
        assertEquals(Duration.ofSeconds(30), gateway.client().requestTimeout());
    }
}
