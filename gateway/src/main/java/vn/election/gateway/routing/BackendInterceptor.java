package vn.election.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.kit.http.RequestIds;
import vn.election.kit.problem.Problem;

/**
 * What the gateway changes on the way through to one backend: the request target loses the service
 * segment ({@code /api/v1/tally/x} → {@code /api/v1/x}); a {@code Location} on the way back gains it;
 * a backend that cannot be reached becomes a problem+json answer instead of a bare 502.
 */
final class BackendInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendInterceptor.class);

    private final Backend backend;
    private final BackendGuard guard;
    private final String retryAfterSeconds;

    BackendInterceptor(Backend backend, BackendGuard guard, Duration retryAfter) {
        this.backend = backend;
        this.guard = guard;
        this.retryAfterSeconds = Long.toString(Math.max(1, retryAfter.toSeconds()));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        request.setURI(backend.originUri(incoming.path(), incoming.query()));
        return guard.guard(context::sendRequest, ProxyResponse::getStatusCode)
                .recover(failure -> Future.succeededFuture(
                        failure instanceof BackendGuard.OpenCircuit
                                ? circuitOpen(request)
                                : problem(request, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        // The gateway has already put its own id on the response; a backend's echo would duplicate it.
        headers.remove(RequestIds.HEADER);
        // CORS is the gateway's business: a backend's own CORS headers would contradict or duplicate it.
        List<String> cors = headers.names().stream()
                .filter(n -> n.regionMatches(true, 0, "access-control-", 0, 15))
                .toList();
        cors.forEach(headers::remove);
        rewrite(headers, HttpHeaders.LOCATION.toString());
        rewrite(headers, HttpHeaders.CONTENT_LOCATION.toString());
        return context.sendResponse();
    }

    private void rewrite(MultiMap headers, String name) {
        String value = headers.get(name);
        if (value != null) {
            headers.set(name, LocationRewriter.toGateway(backend, value));
        }
    }

    /** While the circuit is open the backend is left alone: 503 until it may be tried again. */
    private ProxyResponse circuitOpen(ProxyRequest request) {
        Problem problem = GatewayProblems.unavailable(
                backend.name(), request.proxiedRequest().path());
        return request.release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(guard.secondsUntilRetry()))
                .setBody(Body.body(GatewayProblems.toBuffer(problem)));
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        String instance = request.proxiedRequest().path();
        Problem problem = GatewayProblems.failedExchange(backend.name(), instance, failure);
        LOG.warnf(
                "%s %s: %s service at %s: %s",
                request.getMethod(), instance, backend.name(), backend.url(), failure.getMessage());
        ProxyResponse response = request.release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(GatewayProblems.toBuffer(problem)));
        if (problem.status() == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return response;
    }
}
