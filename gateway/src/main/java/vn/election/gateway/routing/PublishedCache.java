package vn.election.gateway.routing;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.gateway.security.RateLimits;
import vn.election.gateway.security.RouteClass;
import vn.election.kit.http.RequestIds;
import vn.election.kit.problem.Problem;

/**
 * Election night (docs/architecture.md): anonymous GETs of published results are answered
 * from a short-lived cache, so that a burst of identical requests reaches the tally service once (the
 * first request of a burst fetches; the others wait for that same fetch). The service's {@code ETag},
 * {@code Last-Modified} and {@code Cache-Control} are kept, {@code Cache-Control} is added when missing,
 * and {@code If-None-Match} is answered here with 304. The change stream ({@code .../published/stream})
 * is never cached: {@link LiveStreams} fans it out, unbuffered.
 * <p>
 * Two ways in: {@link #answerFromMemory} is the hot path, called by {@link CachedReads} before the rest of
 * the chain; {@link #serves}/{@link #serve} are the proxy route's, for misses, fetches in flight and errors.
 */
@ApplicationScoped
public class PublishedCache {

    private static final Logger LOG = Logger.getLogger(PublishedCache.class);
    private static final Pattern PUBLISHED = Pattern.compile("/api/v1/tally/elections/[^/]+/published(/.*)?");

    /**
     * What one cache entry answers: the gateway path and query (one backend owns each path), and the
     * {@code Accept} header, which may choose another representation.
     */
    private record Key(String path, String query, String accept) {
        static Key of(HttpServerRequest request) {
            return new Key(request.path(), request.query(), request.getHeader(HttpHeaders.ACCEPT));
        }
    }

    private final AsyncCache<Key, CachedAnswer> answers;
    private final Backends backends;
    private final HttpClient client;
    private final RateLimits rateLimits;
    private final String retryAfterSeconds;
    private final Duration requestTimeout;
    private final String defaultCacheControl;

    public PublishedCache(
            GatewayConfig config, Backends backends, HttpClient client, Ticker ticker, RateLimits rateLimits) {
        GatewayConfig.PublishedCache knobs = config.publishedCache();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(knobs.ttl())
                .maximumSize(knobs.maxEntries())
                .ticker(ticker)
                .buildAsync();
        this.backends = backends;
        this.client = client;
        this.rateLimits = rateLimits;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
        this.requestTimeout = config.client().requestTimeout();
        this.defaultCacheControl = "public, max-age=" + Math.max(1, knobs.ttl().toSeconds());
    }

    /**
     * True for the requests served here: anonymous GETs of published results other than the change stream.
     * A request with a token goes through the proxy, so that the service sees who asks.
     */
    public boolean serves(RoutingContext rc) {
        String path = rc.normalizedPath();
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return anonymousGet(rc.request())
                && PUBLISHED.matcher(path).matches()
                && !path.endsWith("/stream")
                && (accept == null || !accept.contains("text/event-stream"));
    }

    private static boolean anonymousGet(HttpServerRequest request) {
        return request.method() == HttpMethod.GET && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /**
     * The hot path: when an anonymous GET finds a complete, reusable answer in memory, the caller's read
     * is counted against its rate limit (429 when over it) and the answer is written, and true is returned;
     * else false, and the request goes on through the chain (token check, rate limits, proxy route).
     * <p>
     * No {@link #serves} check is needed here: an entry exists only for a request that the proxy route
     * vetted (served by this cache, its path in normal form and owned by the tally backend), and the same
     * raw path, query and {@code Accept} make the same key.
     */
    public boolean answerFromMemory(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!anonymousGet(request)) {
            return false;
        }
        CompletableFuture<CachedAnswer> entry = answers.getIfPresent(Key.of(request));
        if (entry == null || !entry.isDone() || entry.isCompletedExceptionally()) {
            return false;
        }
        CachedAnswer answer = entry.join();
        if (!answer.reusable()) {
            return false;
        }
        if (rateLimits.admit(rc, RouteClass.READ)) {
            answer.writeTo(rc.response(), request.getHeader(HttpHeaders.IF_NONE_MATCH));
        }
        return true;
    }

    public void serve(RoutingContext rc, Backend backend) {
        HttpServerRequest request = rc.request();
        Key key = Key.of(request);
        String uri = backend.originUri(key.path(), key.query());
        String requestId = request.getHeader(RequestIds.HEADER);
        CompletableFuture<CachedAnswer> answer = answers.get(
                key,
                (k, executor) -> backends.guard(backend)
                        .guard(() -> fetch(backend, uri, k.accept(), requestId), CachedAnswer::status)
                        .toCompletionStage()
                        .toCompletableFuture());
        Context context = Vertx.currentContext();
        answer.whenComplete((result, failure) -> {
            if (result != null && !result.reusable()) {
                answers.asMap().remove(key, answer);
            }
            context.runOnContext(ignored -> respond(rc, backend, result, failure));
        });
    }

    private Future<CachedAnswer> fetch(Backend backend, String uri, String accept, String requestId) {
        var options = backend.request("", requestTimeout).setURI(uri).setMethod(HttpMethod.GET);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        if (requestId != null) {
            options.putHeader(RequestIds.HEADER, requestId);
        }
        return BackendGuard.connect(HttpMethod.GET, () -> client.request(options))
                .compose(request -> request.send())
                .compose(response -> response.body()
                        .map(body ->
                                CachedAnswer.of(response.statusCode(), response.headers(), body, defaultCacheControl)));
    }

    private void respond(RoutingContext rc, Backend backend, CachedAnswer answer, Throwable failure) {
        if (failure == null) {
            answer.writeTo(rc.response(), rc.request().getHeader(HttpHeaders.IF_NONE_MATCH));
            return;
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String path = rc.request().path();
        if (cause instanceof BackendGuard.OpenCircuit) {
            rc.response()
                    .putHeader(
                            HttpHeaders.RETRY_AFTER,
                            Long.toString(backends.guard(backend).secondsUntilRetry()));
            GatewayProblems.send(rc, GatewayProblems.unavailable(backend.name(), path));
            return;
        }
        Problem problem = GatewayProblems.failedExchange(backend.name(), path, cause);
        LOG.warnf("GET %s: %s service at %s: %s", path, backend.name(), backend.url(), cause.getMessage());
        if (problem.status() == 503) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        GatewayProblems.send(rc, problem);
    }
}
