package vn.election.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.routing.Backend;
import vn.election.gateway.routing.Backends;

/** Fetches each backend's own OpenAPI document ({@code /q/openapi?format=json}). */
@ApplicationScoped
public class BackendDocuments {

    private static final Logger LOG = Logger.getLogger(BackendDocuments.class);
    static final String DOCUMENT_PATH = "/q/openapi?format=json";

    private final Backends backends;
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Duration timeout;

    public BackendDocuments(Backends backends, HttpClient client, ObjectMapper mapper, GatewayConfig config) {
        this.backends = backends;
        this.client = client;
        this.mapper = mapper;
        this.timeout = config.openapi().fetchTimeout();
    }

    /** Every backend's document, in backend order; never fails: a missing one is marked unavailable. */
    public Uni<List<ServiceDocument>> fetchAll() {
        return Uni.join().all(backends.all().stream().map(this::fetch).toList()).andFailFast();
    }

    private Uni<ServiceDocument> fetch(Backend backend) {
        Future<JsonNode> document = client.request(
                        backend.request(DOCUMENT_PATH, timeout).setMethod(HttpMethod.GET))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("answered " + response.statusCode()))
                .compose(body -> {
                    try {
                        return Future.succeededFuture(mapper.readTree(body.getBytes()));
                    } catch (IOException e) {
                        return Future.failedFuture("sent a document that is not JSON");
                    }
                });
        return Uni.createFrom()
                .completionStage(document::toCompletionStage)
                .map(json -> new ServiceDocument(backend.name(), backend.prefix(), json))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "OpenAPI document of the %s service at %s left out: %s",
                            backend.name(), backend.url(), failure.getMessage());
                    return new ServiceDocument(backend.name(), backend.prefix(), null);
                });
    }
}
