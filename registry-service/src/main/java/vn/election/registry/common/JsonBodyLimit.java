package vn.election.registry.common;

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
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemType;

/**
 * The registry raises {@code quarkus.http.limits.max-body-size} for its streamed CSV imports (millions
 * of voters); every other body is small JSON and keeps the suite's small limit, answered with a 413
 * problem before anything reads it.
 */
@ApplicationScoped
public class JsonBodyLimit {

    private static final String CSV = "text/csv";

    private final long limit;
    private final String body;

    public JsonBodyLimit(@ConfigProperty(name = "registry.json-body-limit", defaultValue = "1M") MemorySize limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        this.body = json.writeValueAsString(new Problem(type.uri(), type.title(), type.status(),
                "the body is larger than " + this.limit + " bytes", null, List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 101).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if ((type == null || !type.startsWith(CSV)) && announced != null && exceeds(announced)) {
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
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
