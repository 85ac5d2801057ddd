package vn.election.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Maps each {@code ce_type} a consumer understands to its handler. Types it does not know are skipped:
 * a topic may carry events this consumer has no use for, or that a newer producer added.
 */
public final class EventRouter {

    private static final Logger LOG = Logger.getLogger(EventRouter.class);

    private final ObjectMapper json;
    private final Map<String, Route<?>> routes = new HashMap<>();

    public EventRouter(ObjectMapper json) {
        this.json = json;
    }

    /** Handles events of {@code type}, whose payload is a {@code payloadClass} record. */
    public <T> EventRouter on(String type, Class<T> payloadClass, BiConsumer<T, IncomingEvent> handler) {
        routes.put(type, new Route<>(payloadClass, handler));
        return this;
    }

    void route(IncomingEvent event) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            LOG.debugf("Skipping event %s of type %s: no handler here", event.id(), event.type());
            return;
        }
        route.handle(event, json);
    }

    private record Route<T>(Class<T> payloadClass, BiConsumer<T, IncomingEvent> handler) {
        void handle(IncomingEvent event, ObjectMapper json) {
            handler.accept(event.payloadAs(payloadClass, json), event);
        }
    }
}
