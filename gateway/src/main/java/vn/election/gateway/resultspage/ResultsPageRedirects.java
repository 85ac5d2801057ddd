package vn.election.gateway.resultspage;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The results page is a directory of static files at {@code /results/}, the voter look-up page one at
 * {@code /vote/}; their relative links to their scripts and styles resolve only from there. {@code /},
 * {@code /results} and {@code /vote}, which people type, answered 404: they are sent to the directory with
 * their query (the pages read {@code election}, {@code body}, {@code unit} from it).
 * <p>
 * 302, not 301: browsers keep a 301 without expiry, so a page that the gateway puts at {@code /} later would
 * never reach a browser that saw the redirect once; a 302 costs one round trip per visit.
 */
@ApplicationScoped
public class ResultsPageRedirects {

    public static final String PAGE = "/results/";
    public static final String VOTER_PAGE = "/vote/";

    void init(@Observes Router router) {
        route(router, "/", PAGE);
        route(router, "/results", PAGE);
        route(router, "/vote", VOTER_PAGE);
    }

    private static void route(Router router, String from, String to) {
        router.route(from).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> redirect(rc, from, to));
    }

    private static void redirect(RoutingContext rc, String from, String to) {
        // Vert.x Web matches a route's path with or without a trailing slash: /results/ itself goes on to the files.
        if (!from.equals(rc.request().path())) {
            rc.next();
            return;
        }
        String query = rc.request().query();
        rc.redirect(query == null ? to : to + "?" + query);
    }
}
