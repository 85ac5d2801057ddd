package vn.election.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's knobs, under {@code gateway.*}. Every one can be set by an environment variable
 * ({@code gateway.services.tally.url} is {@code GATEWAY_SERVICES_TALLY_URL}).
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Where each backend service listens. */
    Services services();

    /** How the gateway talks to the backends. */
    Client client();

    /** The merged OpenAPI document at {@code GET /openapi}. */
    OpenApi openapi();

    /** What a client is told to wait (the {@code Retry-After} header) when a backend is down. */
    @WithDefault("5s")
    Duration retryAfter();

    interface Services {
        Service registry();

        Service tally();

        Service awards();

        /**
         * The services by name, in routing and merging order: when two services define a schema of the
         * same name, the later one's is renamed.
         */
        default Map<String, Service> byName() {
            Map<String, Service> all = new LinkedHashMap<>();
            all.put("registry", registry());
            all.put("tally", tally());
            all.put("awards", awards());
            return all;
        }
    }

    interface Service {
        /** The base URL, e.g. {@code http://127.0.0.1:8082}; the service's API is under {@code <url>/api/v1}. */
        URI url();
    }

    interface Client {
        /** A backend that does not accept the connection in this time counts as down (503). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** A backend that sends nothing for this long while answering is given up on (504). */
        @WithDefault("30s")
        Duration requestTimeout();

        /** Pooled HTTP/1.1 connections per backend; requests beyond this wait for a free one. */
        @WithDefault("64")
        int maxConnectionsPerBackend();
    }

    interface OpenApi {
        @WithDefault("Election suite API")
        String title();

        @WithDefault("${quarkus.application.version:0}")
        String version();

        /** How long a merged document is served before the backends are asked again. */
        @WithDefault("30s")
        Duration cacheFor();

        /** A backend whose document does not arrive in this time is listed as unavailable. */
        @WithDefault("5s")
        Duration fetchTimeout();
    }
}
