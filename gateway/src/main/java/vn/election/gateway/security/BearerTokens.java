package vn.election.gateway.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.election.events.access.RoleJurisdictions;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.kit.problem.Problem;

/**
 * The gateway's half of the token checks of docs/architecture.md (defense in depth; the services verify the token again and
 * decide roles and jurisdiction): a bearer token that is present must be valid, or the request ends
 * here with 401; a write needs a token, except the public voter self-lookup; reads pass anonymous.
 * A valid token whose roles do not fit its jurisdiction claim (D-22 to D-24) ends here with 403, as
 * every service would answer it. A valid token is forwarded unchanged. Its subject is put on the
 * routing context for the rate limits.
 */
@ApplicationScoped
public class BearerTokens implements Handler<RoutingContext> {

    /** Routing-context key of the verified token's subject; absent for anonymous requests. */
    public static final String SUBJECT = "gateway.subject";

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String SCHEME = "Bearer ";
    private static final String JURISDICTION = "jurisdiction";

    private final JWTParser parser;
    private final Vertx vertx;

    public BearerTokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    @Override
    public void handle(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            if (RouteClass.of(rc.request().method(), rc.normalizedPath()) == RouteClass.WRITE) {
                refuse(rc, "Bearer", "a bearer token is required for this request");
            } else {
                rc.next();
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            refuse(rc, "Bearer", "the Authorization header must carry a bearer token");
            return;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        // Off the event loop: the first verification may read the key file or fetch an issuer's keys.
        vertx.<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(verified -> {
            if (verified.succeeded()) {
                JsonWebToken jwt = verified.result();
                Object claim = jwt.getClaim(JURISDICTION);
                Optional<RoleJurisdictions.Misfit> misfit =
                        RoleJurisdictions.misfit(jwt.getGroups(), claim == null ? null : claim.toString());
                if (misfit.isPresent()) {
                    forbid(rc, misfit.get());
                    return;
                }
                rc.put(SUBJECT, jwt.getSubject());
                rc.next();
            } else {
                LOG.debugf(
                        "%s %s: token refused: %s",
                        rc.request().method(),
                        rc.normalizedPath(),
                        verified.cause().getMessage());
                refuse(
                        rc,
                        "Bearer error=\"invalid_token\"",
                        "the bearer token is not valid (forged, expired or from another issuer)");
            }
        });
    }

    /** 403 for a token whose roles do not fit its jurisdiction claim (D-22 to D-24), as the services answer it. */
    private static void forbid(RoutingContext rc, RoleJurisdictions.Misfit misfit) {
        GatewayProblems.send(
                rc,
                GatewayProblems.forbidden(
                        misfit.detail(),
                        Problem.FieldError.of(JURISDICTION, misfit.rule(), misfit.message()),
                        rc.normalizedPath()));
    }

    private static void refuse(RoutingContext rc, String challenge, String detail) {
        rc.response().putHeader("WWW-Authenticate", challenge);
        GatewayProblems.send(rc, GatewayProblems.unauthorized(detail, rc.normalizedPath()));
    }
}
