package vn.election.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.problem.Problems;

/**
 * The problems that the gateway answers itself, in the suite's problem+json ({@link Problem}, the services'
 * own), and how a Vert.x route writes one. The text is written for people and never carries class names or
 * stack traces.
 */
public final class GatewayProblems {

    private GatewayProblems() {}

    public static Problem unavailable(String service, String instance) {
        return problem(ProblemType.UNAVAILABLE, "the " + service + " service is not reachable", instance);
    }

    /** The gateway itself has no room for the request now (it holds as many of its kind as it may). */
    public static Problem busy(String detail, String instance) {
        return problem(ProblemType.UNAVAILABLE, detail, instance);
    }

    public static Problem gatewayTimeout(String service, String instance) {
        return problem(ProblemType.GATEWAY_TIMEOUT, "the " + service + " service did not answer in time", instance);
    }

    public static Problem badGateway(String service, String instance) {
        return problem(ProblemType.BAD_GATEWAY, "the " + service + " service broke off the exchange", instance);
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
        return problem(ProblemType.NOT_FOUND, "no service answers under this path", instance);
    }

    public static Problem badRequest(String detail, String instance) {
        return problem(ProblemType.BAD_REQUEST, detail, instance);
    }

    public static Problem unauthorized(String detail, String instance) {
        return problem(ProblemType.UNAUTHORIZED, detail, instance);
    }

    /** A valid token that the gateway refuses for what it claims (D-22 to D-24): 403 naming the claim. */
    public static Problem forbidden(String detail, Problem.FieldError error, String instance) {
        return Problems.of(ProblemType.FORBIDDEN, detail, List.of(error)).withInstance(instance);
    }

    public static Problem tooManyRequests(String detail, String instance) {
        return problem(ProblemType.TOO_MANY_REQUESTS, detail, instance);
    }

    /** The problem as the JSON body of an answer. */
    public static Buffer toBuffer(Problem problem) {
        return Json.encodeToBuffer(problem);
    }

    /** Writes {@code problem} as the whole answer to a request that the gateway ends itself. */
    public static void send(RoutingContext rc, Problem problem) {
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(toBuffer(problem));
    }

    private static Problem problem(ProblemType type, String detail, String instance) {
        return Problems.of(type, detail).withInstance(instance);
    }
}
