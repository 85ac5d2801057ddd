package vn.election.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.election.gateway.GatewayConfig;

/** The configured backends, checked once at start so that a bad URL stops the gateway early. */
@ApplicationScoped
public class Backends {

    private final List<Backend> all;

    public Backends(GatewayConfig config) {
        this.all = config.services().byName().entrySet().stream()
                .map(e -> new Backend(e.getKey(), e.getValue().url()))
                .toList();
    }

    /** In routing and merging order. */
    public List<Backend> all() {
        return all;
    }
}
