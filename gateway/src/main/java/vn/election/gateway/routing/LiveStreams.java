package vn.election.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.gateway.security.OpenStreams;

/**
 * The tally's live stream of published changes ({@code GET .../elections/<id>/published/stream}), fanned out:
 * the gateway follows each election's stream once ({@link StreamSubscription}) and sends its events to every
 * client of that election itself. A client never holds a connection to the tally: the subscriptions have a
 * pool of their own, one connection each, so that open streams cannot take the connections that reads and
 * writes need, and their failures do not count against the tally's circuit breaker. The stream takes no
 * query: one subscription per election, whatever a client appends. How many streams are open, per caller
 * and in all, is bounded by {@link OpenStreams}; how many elections are followed at once, by
 * {@code gateway.live-streams.max-subscriptions}.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Pattern STREAM = Pattern.compile("/api/v1/tally/elections/[^/]+/published/stream");

    /** By request target at the backend. */
    private final Map<String, StreamSubscription> subscriptions = new ConcurrentHashMap<>();

    private final Vertx vertx;
    private final HttpClient client;
    private final OpenStreams openStreams;
    private final GatewayConfig.LiveStreams knobs;
    private final String retryAfterSeconds;

    public LiveStreams(Vertx vertx, GatewayConfig config, OpenStreams openStreams) {
        this.vertx = vertx;
        this.knobs = config.liveStreams();
        this.client = vertx.createHttpClient(
                BackendClientProducer.options(config.client()),
                new PoolOptions().setHttp1MaxSize(knobs.maxSubscriptions()));
        this.openStreams = openStreams;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
    }

    /** True for a GET or HEAD of an election's live stream (the path in normal form). */
    public boolean serves(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && STREAM.matcher(rc.normalizedPath()).matches();
    }

    /** Counts the stream against the caps, then joins the election's subscription, starting it if need be. */
    public void serve(RoutingContext rc, Backend backend) {
        OpenStreams.Permit permit = openStreams.admit(rc);
        if (permit != null) {
            subscribe(backend, backend.originUri(rc.request().path(), null), new StreamListener(rc, permit));
        }
    }

    private void subscribe(Backend backend, String uri, StreamListener listener) {
        StreamSubscription subscription = subscriptions.get(uri);
        if (subscription == null) {
            if (subscriptions.size() >= knobs.maxSubscriptions()) {
                listener.answer(
                        GatewayProblems.busy("the gateway follows as many live streams as it may", listener.path()),
                        retryAfterSeconds);
                return;
            }
            subscription = subscriptions.computeIfAbsent(uri, key -> newSubscription(backend, key));
        }
        StreamSubscription chosen = subscription;
        chosen.context().runOnContext(ignored -> {
            if (!chosen.attach(listener)) {
                subscriptions.remove(uri, chosen);
                subscribe(backend, uri, listener);
            }
        });
    }

    private StreamSubscription newSubscription(Backend backend, String uri) {
        return new StreamSubscription(
                vertx.getOrCreateContext(),
                backend,
                uri,
                client,
                knobs.idleTimeout(),
                knobs.replayEvents(),
                retryAfterSeconds,
                ended -> subscriptions.remove(uri, ended));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
