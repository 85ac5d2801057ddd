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

    /** How often one caller may call, per route class (docs/architecture.md). */
    RateLimits rateLimits();

    /** The gateway's short-lived cache of published results (election night). */
    PublishedCache publishedCache();

    /** When a backend is given a rest. */
    CircuitBreaker circuitBreaker();

    /** The tally's live stream of published changes, which the gateway follows once per election and fans out. */
    LiveStreams liveStreams();

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

        /**
         * Pooled HTTP/1.1 connections per backend for reads and writes; requests beyond this wait for a free one.
         * Live streams never take one of these (they have {@link LiveStreams#maxSubscriptions} of their own).
         */
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

    /**
     * One token bucket per caller (the token's subject, else the client address) and route class. The
     * self-lookup is tight because a citizen id plus a date of birth could otherwise be guessed in bulk.
     */
    interface RateLimits {
        /** GET, HEAD and OPTIONS: published results, candidate lists, anything a browser polls. */
        @WithDefault("600")
        long readsPerPeriod();

        /** The public voter self-lookup (tra cứu cử tri). */
        @WithDefault("10")
        long selfLookupsPerPeriod();

        /** POST, PUT, PATCH and DELETE with a token. */
        @WithDefault("300")
        long writesPerPeriod();

        /** The window of the three limits above; a bucket refills greedily over it. */
        @WithDefault("1m")
        Duration period();

        /** How many callers' buckets are kept; the least recently seen beyond this are forgotten. */
        @WithDefault("100000")
        long maxCallers();
    }

    /**
     * Public reads of published results are answered from memory for a moment, so that a burst of identical
     * requests on election night reaches the tally service once.
     */
    interface PublishedCache {
        /** How long one answer is reused; also the {@code max-age} given when the service sends none. */
        @WithDefault("2s")
        Duration ttl();

        /** How many distinct answers are kept at most (least recently used go first). */
        @WithDefault("10000")
        long maxEntries();
    }

    /**
     * One circuit breaker per backend: after this many failed exchanges in a row (no connection, a timeout,
     * or 502/503/504 from the backend) the gateway answers 503 itself for a while, then lets one request try.
     */
    interface CircuitBreaker {
        @WithDefault("5")
        int failureThreshold();

        /** How long the circuit stays open before one request may try again (half-open). */
        @WithDefault("10s")
        Duration openFor();
    }

    /**
     * Clients of the published live stream ({@code GET /api/v1/tally/elections/<id>/published/stream}) do not
     * each get a connection to the tally: the gateway subscribes once per election, on a connection pool of its
     * own, and sends every event to all of that election's clients. A client that reconnects with
     * {@code Last-Event-ID} gets the events it missed from the last {@link #replayEvents} of the election.
     */
    interface LiveStreams {
        /** Streams open at once on this gateway, all elections and callers together; beyond: 503. */
        @WithDefault("10000")
        int maxOpen();

        /**
         * Streams open at once per caller (the token's subject, else the client address); beyond: 429. An office
         * or a carrier's NAT puts several readers behind one address; one script must not take the whole
         * {@link #maxOpen}.
         */
        @WithDefault("20")
        int maxOpenPerCaller();

        /**
         * Distinct streams (elections) followed at once, each on one connection of the streams' own pool to the
         * tally; a stream of one more election is refused with 503.
         */
        @WithDefault("16")
        int maxSubscriptions();

        /** Events kept per election for clients that reconnect with {@code Last-Event-ID}. */
        @WithDefault("1000")
        int replayEvents();

        /**
         * A subscription on which the tally sends nothing for this long (it sends a keep-alive every 15 s) is
         * given up on; its clients are ended, and reconnect.
         */
        @WithDefault("1m")
        Duration idleTimeout();
    }
}
