package vn.election.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.election.gateway.GatewayConfig;

/**
 * The merged document, kept for {@code gateway.openapi.cache-for} so that Swagger UI and API clients do
 * not make the gateway ask every backend each time. Concurrent callers share one fetch. {@code 0s}
 * turns the cache off.
 */
@ApplicationScoped
public class MergedOpenApi {

    private final Uni<ObjectNode> document;

    public MergedOpenApi(BackendDocuments documents, GatewayConfig config) {
        OpenApiMerger merger =
                new OpenApiMerger(config.openapi().title(), config.openapi().version());
        Uni<ObjectNode> fresh =
                Uni.createFrom().deferred(() -> documents.fetchAll().map(merger::merge));
        Duration cacheFor = config.openapi().cacheFor();
        // zero turns the cache off (Mutiny wants a positive duration)
        this.document = cacheFor.isZero() || cacheFor.isNegative()
                ? fresh
                : fresh.memoize().atLeast(cacheFor);
    }

    /** The current merged document; callers must not change it. */
    public Uni<ObjectNode> document() {
        return document;
    }
}
