package vn.election.gateway.security;

import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling, for the limits per caller: the verified token's subject ({@link BearerTokens#SUBJECT}), else,
 * for an anonymous request, the client address. A record, so that no key string is built per request.
 */
public record Caller(String subject, String address) {

    public static Caller of(RoutingContext rc) {
        String subject = rc.get(BearerTokens.SUBJECT);
        return subject != null
                ? new Caller(subject, null)
                : new Caller(null, rc.request().remoteAddress().hostAddress());
    }
}
