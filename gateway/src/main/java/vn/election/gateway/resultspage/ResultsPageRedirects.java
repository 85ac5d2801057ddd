package vn.election.gateway.resultspage;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The results page is a directory of static files at {@code /results/}; its relative links to its scripts
 * and styles resolve only from there. {@code /} and {@code /results}, which people type, answered 404: they
 * are sent to {@code /results/} with their query (the page reads {@code election}, {@code body}, {@code unit}
 * from it).
 * <p>
 * 302, not 301: browsers keep a 301 without expiry, so a page that the gateway puts at {@code /} later would
 * never reach a browser that saw the redirect once; a 302 costs one round trip per visit.
 */
@ApplicationScoped
public class ResultsPageRedirects {

    public static final String PAGE = "/results/";

    void init(@Observes Router router) {
        for (String from : new String[] {"/", "/results"}) {
            router.route(from).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> redirect(rc, from));
        }
    }

    private static void redirect(RoutingContext rc, String from) {
        // Vert.x Web matches a route's path with or without a trailing slash: /results/ itself goes on to the files.
        if (!from.equals(rc.request().path())) {
            rc.next();
            return;
        }
        String query = rc.request().query();
        rc.redirect(query == null ? PAGE : PAGE + "?" + query);
    }
}
