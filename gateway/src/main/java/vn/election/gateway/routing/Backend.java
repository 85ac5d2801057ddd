package vn.election.gateway.routing;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;

/**
 * One backend service as the gateway sees it: requests under {@code /api/v1/<name>/...} go to
 * {@code <url>/api/v1/...}.
 *
 * @param name the service's name, also the second segment of its gateway paths ({@code tally})
 * @param url  the service's base URL ({@code http://127.0.0.1:8082}), possibly with a base path
 */
public record Backend(String name, URI url) {

    /** Where every service keeps its API, and where the gateway mounts the services. */
    public static final String API_ROOT = "/api/v1";

    public Backend {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "gateway.services." + name + ".url must be an http(s) URL with a host, not '" + url + "'");
        }
    }

    /** The gateway path prefix of this service, {@code /api/v1/<name>}. */
    public String prefix() {
        return API_ROOT + "/" + name;
    }

    /** True for the prefix itself and for paths below it, never for {@code /api/v1/<name>x}. */
    public boolean owns(String gatewayPath) {
        return gatewayPath.equals(prefix()) || gatewayPath.startsWith(prefix() + "/");
    }

    /**
     * The request target at the backend for a gateway path that this backend {@linkplain #owns owns}:
     * {@code /api/v1/tally/elections/42} with query {@code x=1} is {@code /api/v1/elections/42?x=1}.
     */
    public String originUri(String gatewayPath, String rawQuery) {
        String rest = gatewayPath.substring(prefix().length());
        return basePath() + API_ROOT + rest + (rawQuery == null ? "" : "?" + rawQuery);
    }

    /** Options for a request to this backend, for the given path (with query) below its base URL. */
    public RequestOptions request(String pathAndQuery, Duration idleTimeout) {
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(port())
                .setSsl("https".equals(url.getScheme()))
                .setURI(basePath() + pathAndQuery)
                .setIdleTimeout(idleTimeout.toMillis());
    }

    public int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    /** The base URL's path without a trailing slash: empty for {@code http://host:8082}. */
    public String basePath() {
        String path = url.getRawPath();
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
