package vn.election.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turns a URL that a backend wrote into one that works through the gateway: {@code /api/v1/elections/X}
 * (or {@code http://backend:8081/api/v1/elections/X}) from the registry becomes
 * {@code /api/v1/registry/elections/X}. URLs elsewhere are left as they are.
 */
public final class LocationRewriter {

    private LocationRewriter() {}

    public static String toGateway(Backend backend, String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (uri.getRawAuthority() != null && !sameOrigin(uri, backend)) {
            return location;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return location;
        }
        String base = backend.basePath();
        if (!base.isEmpty()) {
            if (!path.startsWith(base + "/")) {
                return location;
            }
            path = path.substring(base.length());
        }
        if (!path.equals(Backend.API_ROOT) && !path.startsWith(Backend.API_ROOT + "/")) {
            return location;
        }
        return backend.prefix()
                + path.substring(Backend.API_ROOT.length())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static boolean sameOrigin(URI uri, Backend backend) {
        if (uri.getHost() == null
                || !uri.getHost().equalsIgnoreCase(backend.url().getHost())) {
            return false;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return port == backend.port();
    }
}
