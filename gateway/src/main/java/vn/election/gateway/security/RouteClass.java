package vn.election.gateway.security;

import io.vertx.core.http.HttpMethod;
import java.util.regex.Pattern;

/**
 * What kind of request this is, for authentication and rate limits (docs/architecture.md): reads, the
 * citizen's voter self-lookup (tra cứu cử tri, public although it is a POST), and writes.
 */
public enum RouteClass {
    READ,
    SELF_LOOKUP,
    WRITE;

    /** The public voter self-lookup: a POST because it carries the citizen id and date of birth. */
    private static final Pattern SELF_LOOKUP_PATH = Pattern.compile("/api/v1/registry/elections/[^/]+/voter-lookup");

    public static RouteClass of(HttpMethod method, String path) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return READ;
        }
        if (method == HttpMethod.POST && SELF_LOOKUP_PATH.matcher(path).matches()) {
            return SELF_LOOKUP;
        }
        return WRITE;
    }
}
