package vn.election.gateway.routing;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.election.gateway.GatewayConfig;

/**
 * Lists each backend's readiness in the gateway's readiness report, for people looking at it. It is
 * always UP itself: the gateway can still serve the other services (and 503s for the missing one), so a
 * backend that is down must not take the gateway out of its load balancer.
 */
@Readiness
@ApplicationScoped
public class BackendsHealthCheck implements AsyncHealthCheck {

    private final Backends backends;
    private final HttpClient client;
    private final Duration timeout;

    public BackendsHealthCheck(Backends backends, HttpClient client, GatewayConfig config) {
        this.backends = backends;
        this.client = client;
        this.timeout = config.client().connectTimeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String>> probes = backends.all().stream().map(this::probe).toList();
        return Uni.join().all(probes).andFailFast().map(states -> {
            HealthCheckResponseBuilder builder =
                    HealthCheckResponse.named("backends").up();
            for (int i = 0; i < states.size(); i++) {
                builder.withData(backends.all().get(i).name(), states.get(i));
            }
            return builder.build();
        });
    }

    /** {@code UP}, {@code DOWN} (answers, but not ready) or {@code unreachable}. */
    private Uni<String> probe(Backend backend) {
        var answer = client.request(backend.request("/q/health/ready", timeout).setMethod(HttpMethod.GET))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response))
                .map(HttpClientResponse::statusCode);
        return Uni.createFrom()
                .completionStage(answer::toCompletionStage)
                .map(status -> status == 200 ? "UP" : "DOWN")
                .onFailure()
                .recoverWithItem("unreachable");
    }
}
