package vn.election.gateway.routing;

import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.gateway.security.BearerTokens;
import vn.election.gateway.security.RateLimits;

/**
 * Mounts one Vert.x reverse proxy per backend on the HTTP router, under {@code /api/v1/<service>/*},
 * behind the token check and the rate limits, and answers 404 problem+json for the rest of {@code /api/v1/}.
 * Anonymous reads of published results go to {@link PublishedCache}, the published live stream to
 * {@link LiveStreams}.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final Backends backends;
    private final HttpClient client;
    private final GatewayConfig config;
    private final BearerTokens tokens;
    private final RateLimits rateLimits;
    private final PublishedCache publishedCache;
    private final LiveStreams liveStreams;

    public ProxyRoutes(
            Backends backends,
            HttpClient client,
            GatewayConfig config,
            BearerTokens tokens,
            RateLimits rateLimits,
            PublishedCache publishedCache,
            LiveStreams liveStreams) {
        this.backends = backends;
        this.client = client;
        this.config = config;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.publishedCache = publishedCache;
        this.liveStreams = liveStreams;
    }

    void init(@Observes Router router) {
        Duration requestTimeout = config.client().requestTimeout();
        // In this order, before any backend route: who is calling, then how often.
        router.route(Backend.API_ROOT + "/*").handler(tokens).handler(rateLimits);
        for (Backend backend : backends.all()) {
            BackendGuard guard = backends.guard(backend);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> BackendGuard.connect(
                            context.request().getMethod(),
                            () -> context.client().request(backend.request("/", requestTimeout))))
                    .addInterceptor(new BackendInterceptor(backend, guard, config.retryAfter()));
            router.route(backend.prefix() + "/*").handler(rc -> forward(rc, backend, proxy));
        }
        router.route(Backend.API_ROOT + "/*")
                .handler(rc -> GatewayProblems.send(
                        rc, GatewayProblems.notFound(rc.request().path())));
    }

    private void forward(RoutingContext rc, Backend backend, HttpProxy proxy) {
        // The route matched the normalized path; the request goes on with the raw one. They differ when
        // the raw path has dot segments or encoded unreserved characters, which could lead the request
        // somewhere else at the backend than where the route says: such requests are refused.
        String raw = rc.request().path();
        if (raw == null || !raw.equals(rc.normalizedPath()) || !backend.owns(raw)) {
            GatewayProblems.send(rc, GatewayProblems.badRequest("the path is not in normal form", rc.normalizedPath()));
            return;
        }
        if (publishedCache.serves(rc)) {
            publishedCache.serve(rc, backend);
        } else if (liveStreams.serves(rc)) {
            liveStreams.serve(rc, backend);
        } else {
            proxy.handle(rc.request());
        }
    }
}
