package vn.election.gateway.routing;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.Problem;
import vn.election.gateway.problem.ProblemResponses;

/**
 * Election night (issue 6 item 5; DESIGN.md section 5): anonymous GETs of published results are answered
 * from a short-lived cache, so that a burst of identical requests reaches the tally service once (the
 * first request of a burst fetches; the others wait for that same fetch). The service's {@code ETag},
 * {@code Last-Modified} and {@code Cache-Control} are kept, {@code Cache-Control} is added when missing,
 * and {@code If-None-Match} is answered here with 304. The change stream ({@code .../published/stream})
 * is never cached: it goes through the proxy, unbuffered.
 */
@ApplicationScoped
public class PublishedCache {

    private static final Logger LOG = Logger.getLogger(PublishedCache.class);
    private static final Pattern PUBLISHED = Pattern.compile("/api/v1/tally/elections/[^/]+/published(/.*)?");
    /** The answer headers that are worth keeping; connection-level ones are the gateway's own business. */
    private static final List<String> KEPT = List.of("Content-Type", "ETag",
            "Last-Modified", "Cache-Control", "Vary", "Content-Language");

    private final AsyncCache<String, Answer> answers;
    private final Backends backends;
    private final HttpClient client;
    private final String retryAfterSeconds;
    private final Duration requestTimeout;
    private final String defaultCacheControl;

    public PublishedCache(GatewayConfig config, Backends backends, HttpClient client, Ticker ticker) {
        GatewayConfig.PublishedCache knobs = config.publishedCache();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(knobs.ttl())
                .maximumSize(knobs.maxEntries())
                .ticker(ticker)
                .buildAsync();
        this.backends = backends;
        this.client = client;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
        this.requestTimeout = config.client().requestTimeout();
        this.defaultCacheControl = "public, max-age=" + Math.max(1, knobs.ttl().toSeconds());
    }

    /** An answer of the tally service, as kept: status, the {@link #KEPT} headers and the whole body. */
    private record Answer(int status, MultiMap headers, Buffer body) {
    }

    /**
     * True for the requests served here: anonymous GETs of published results other than the change stream.
     * A request with a token goes through the proxy, so that the service sees who asks.
     */
    public boolean serves(RoutingContext rc) {
        String path = rc.normalizedPath();
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return rc.request().method() == HttpMethod.GET
                && rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && PUBLISHED.matcher(path).matches()
                && !path.endsWith("/stream")
                && (accept == null || !accept.contains("text/event-stream"));
    }

    public void serve(RoutingContext rc, Backend backend) {
        String uri = backend.originUri(rc.request().path(), rc.request().query());
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        String key = uri + "\n" + (accept == null ? "" : accept);
        String requestId = rc.request().getHeader(RequestIds.HEADER);
        CompletableFuture<Answer> answer = answers.get(key, (k, executor) -> backends.guard(backend)
                .guard(() -> fetch(backend, uri, accept, requestId), Answer::status)
                .toCompletionStage().toCompletableFuture());
        Context context = Vertx.currentContext();
        answer.whenComplete((result, failure) -> {
            if (result != null && result.status() != 200) {
                // only full answers are reused; a 404 now may be published a moment later
                answers.asMap().remove(key, answer);
            }
            context.runOnContext(ignored -> respond(rc, backend, result, failure));
        });
    }

    private Future<Answer> fetch(Backend backend, String uri, String accept, String requestId) {
        var options = backend.request("", requestTimeout).setURI(uri).setMethod(HttpMethod.GET);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        if (requestId != null) {
            options.putHeader(RequestIds.HEADER, requestId);
        }
        return BackendGuard.connect(HttpMethod.GET, () -> client.request(options))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), kept(response), body)));
    }

    private static MultiMap kept(HttpClientResponse response) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String name : KEPT) {
            List<String> values = response.headers().getAll(name);
            if (!values.isEmpty()) {
                headers.set(name, values);
            }
        }
        return headers;
    }

    private void respond(RoutingContext rc, Backend backend, Answer answer, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String path = rc.request().path();
            if (cause instanceof BackendGuard.OpenCircuit) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(backends.guard(backend).secondsUntilRetry()));
                ProblemResponses.send(rc, Problem.unavailable(backend.name(), path));
                return;
            }
            Problem problem = Problem.failedExchange(backend.name(), path, cause);
            LOG.warnf("GET %s: %s service at %s: %s", path, backend.name(), backend.url(), cause.getMessage());
            if (problem.status() == 503) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
            }
            ProblemResponses.send(rc, problem);
            return;
        }
        HttpServerResponse response = rc.response();
        response.headers().addAll(answer.headers());
        if (answer.status() == 200 && !answer.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, defaultCacheControl);
        }
        String etag = answer.headers().get(HttpHeaders.ETAG);
        if (answer.status() == 200 && etag != null && matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
            return;
        }
        response.setStatusCode(answer.status()).end(answer.body());
    }

    /** RFC 9110 section 13.1.2: weak comparison, a list of tags, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = weakless(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || weakless(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
