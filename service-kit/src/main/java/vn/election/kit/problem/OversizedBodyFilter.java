package vn.election.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * before anything reads it. (Quarkus' own limit answers 413 with no body; it still guards chunked
 * uploads, whose length is not announced.)
 */
@ApplicationScoped
public class OversizedBodyFilter {

    private final long limit;
    private final String body;

    public OversizedBodyFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        this.body = json.writeValueAsString(new Problem(type.uri(), type.title(), type.status(),
                "the body is larger than " + this.limit + " bytes", null, List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && exceeds(announced)) {
            ctx.response().setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
            return;
        }
        ctx.next();
    }

    private boolean exceeds(String announced) {
        try {
            return Long.parseLong(announced.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP layer refuses a malformed length itself
        }
    }
}
