package vn.election.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * An RFC 9457 problem detail produced by the gateway itself. The text is written for people and never
 * carries class names or stack traces.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem unavailable(String service, String instance) {
        return new Problem(
                "/problems/unavailable",
                "Service unavailable",
                503,
                "the " + service + " service is not reachable",
                instance);
    }

    public static Problem gatewayTimeout(String service, String instance) {
        return new Problem(
                "/problems/gateway-timeout",
                "Gateway timeout",
                504,
                "the " + service + " service did not answer in time",
                instance);
    }

    public static Problem badGateway(String service, String instance) {
        return new Problem(
                "/problems/bad-gateway",
                "Bad gateway",
                502,
                "the " + service + " service broke off the exchange",
                instance);
    }

    /** What the caller is told when the exchange with a backend failed: 503, 504 or 502. */
    public static Problem failedExchange(String service, String instance, Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            return unavailable(service, instance);
        }
        if (failure instanceof TimeoutException) {
            return gatewayTimeout(service, instance);
        }
        return badGateway(service, instance);
    }

    public static Problem notFound(String instance) {
        return new Problem("/problems/not-found", "Not found", 404, "no service answers under this path", instance);
    }

    public static Problem badRequest(String detail, String instance) {
        return new Problem("/problems/bad-request", "Bad request", 400, detail, instance);
    }

    public static Problem unauthorized(String detail, String instance) {
        return new Problem("/problems/unauthorized", "Unauthorized", 401, detail, instance);
    }

    public static Problem tooManyRequests(String detail, String instance) {
        return new Problem("/problems/too-many-requests", "Too many requests", 429, detail, instance);
    }

    public Buffer toBuffer() {
        return new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }
}
