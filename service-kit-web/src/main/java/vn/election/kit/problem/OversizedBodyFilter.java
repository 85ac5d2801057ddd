package vn.election.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * Answers a body announced larger than the API's limit with a 413 problem before anything reads it.
 *
 * <p>JSON bodies are small; streamed bulk uploads (a province's voter list as CSV) are not. The limit
 * here applies to every body except the bulk media types, which only Quarkus'
 * {@code quarkus.http.limits.max-body-size} bounds (a service that takes bulk uploads raises it). That
 * limit also guards chunked uploads, whose length is not announced, with a bare 413.
 */
@ApplicationScoped
public class OversizedBodyFilter {

    /** Knobs of the body limit. */
    @ConfigMapping(prefix = "kit.http")
    public interface BodyLimits {
        /** The largest body of any request that is not a bulk upload. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Media types of streamed bulk uploads, exempt from {@link #maxBodySize()}. */
        @WithDefault("text/csv")
        Set<String> bulkMediaTypes();
    }

    private final long limit;
    private final Set<String> bulkMediaTypes;
    private final String body;

    public OversizedBodyFilter(BodyLimits limits, ObjectMapper json) throws JsonProcessingException {
        this.limit = limits.maxBodySize().asLongValue();
        this.bulkMediaTypes = limits.bulkMediaTypes();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        this.body = json.writeValueAsString(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "the body is larger than " + this.limit + " bytes",
                null,
                List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && !isBulk(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)) && exceeds(announced)) {
            ctx.response()
                    .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
            return;
        }
        ctx.next();
    }

    private boolean isBulk(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase();
        return bulkMediaTypes.contains(mediaType);
    }

    private boolean exceeds(String announced) {
        try {
            return Long.parseLong(announced.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP layer refuses a malformed length itself
        }
    }
}
