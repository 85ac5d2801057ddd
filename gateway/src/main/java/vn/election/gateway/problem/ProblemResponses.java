package vn.election.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Writes a {@link Problem} as the whole answer to a request that the gateway ends itself. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void send(RoutingContext rc, Problem problem) {
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toBuffer());
    }
}
