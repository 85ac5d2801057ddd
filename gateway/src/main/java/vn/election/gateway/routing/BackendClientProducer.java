package vn.election.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.election.gateway.GatewayConfig;

/**
 * The HTTP client that the gateway uses for every backend: proxying, OpenAPI documents, probes. Only the live
 * streams have their own ({@link LiveStreams}), with the same {@link #options}.
 */
@ApplicationScoped
public class BackendClientProducer {

    @Produces
    @Singleton
    HttpClient backendClient(Vertx vertx, GatewayConfig config) {
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.client().maxConnectionsPerBackend());
        return vertx.createHttpClient(options(config.client()), pool);
    }

    static HttpClientOptions options(GatewayConfig.Client knobs) {
        return new HttpClientOptions()
                .setConnectTimeout((int) knobs.connectTimeout().toMillis())
                // pooled connections unused this long are closed; in-flight requests have their own timeout
                .setKeepAliveTimeout(60)
                // gzip and friends pass through untouched: the client asked for them, not the gateway
                .setDecompressionSupported(false);
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }
}
