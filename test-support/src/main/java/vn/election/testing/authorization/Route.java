package vn.election.testing.authorization;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of an authorization matrix: a route as the service's OpenAPI document names it (method and template),
 * who may call it, where its target lies, and how to make a concrete request of it on the test's targets.
 *
 * <pre>
 * Route.&lt;Targets&gt;post("/api/v1/elections/{electionId}/polling-areas")
 *         .allow(Set.of(Roles.NEC, Roles.COMMITTEE))
 *         .inside(t -&gt; Set.of("nation", t.province(), t.commune()))
 *         .path(t -&gt; t.in("/polling-areas"))
 *         .body(t -&gt; pollingArea(t))
 * </pre>
 *
 * A route is either {@linkplain #open() open} (no token needed) or {@linkplain #allow allows} some roles; an
 * allowed role acts only {@linkplain #inside inside} the jurisdictions that hold the target, or
 * {@linkplain #anywhere() anywhere}. The request's path and body are made again for every request, so a path may
 * make a fresh target each time (a removal needs something to remove).
 *
 * @param <T> what the requests act on: the ids the test made for the matrix
 */
public final class Route<T> {

    private static final String JSON = "application/json";

    private final String method;
    private final String template;
    private String note;
    private boolean open;
    private Set<String> allowed;
    private Function<T, Set<String>> inside;
    private boolean anywhere;
    private Function<T, String> path;
    private Function<T, ?> body = t -> null;
    private String contentType;
    private String accept;
    private boolean perItem;
    private boolean headersOnly;

    private Route(String method, String template) {
        this.method = method;
        this.template = template;
    }

    public static <T> Route<T> get(String template) {
        return new Route<>("GET", template);
    }

    public static <T> Route<T> post(String template) {
        return new Route<>("POST", template);
    }

    public static <T> Route<T> put(String template) {
        return new Route<>("PUT", template);
    }

    public static <T> Route<T> delete(String template) {
        return new Route<>("DELETE", template);
    }

    /** Tells apart rows of one route (e.g. one per kind of body), in the route's name. */
    public Route<T> note(String note) {
        this.note = note;
        return this;
    }

    /** Anyone may call it, without a token: anonymous it answers 200, and so with the token of any role. */
    public Route<T> open() {
        this.open = true;
        return this;
    }

    /** Only these roles may call it; any other role is refused with 403, no token with 401. */
    public Route<T> allow(Set<String> roles) {
        this.allowed = Set.copyOf(roles);
        return this;
    }

    /**
     * The jurisdiction claims that hold the target ({@code nation}, {@code admin-unit:<code>}, ...): an allowed
     * role with any other claim, or with none, is refused with 403.
     */
    public Route<T> inside(Function<T, Set<String>> jurisdictions) {
        this.inside = jurisdictions;
        return this;
    }

    /** The target has no place: an allowed role may act with any jurisdiction claim, or none. */
    public Route<T> anywhere() {
        this.anywhere = true;
        return this;
    }

    /** The concrete path, query included. */
    public Route<T> path(Function<T, String> path) {
        this.path = path;
        return this;
    }

    /** The body: a string as it is, any other object as JSON; null sends none. */
    public Route<T> body(Function<T, ?> body) {
        this.body = body;
        return this;
    }

    /** The body's media type; a write's default is {@code application/json}, a read sends none. */
    public Route<T> contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** The {@code Accept} header; the default accepts anything. */
    public Route<T> accept(String accept) {
        this.accept = accept;
        return this;
    }

    /**
     * A batch that answers per item: a let-in request answers 200 with {@code items[0].status} and
     * {@code items[0].problem}, which stand for the route's own answer on the jurisdiction (a role the route does
     * not allow is still refused as a whole).
     */
    public Route<T> perItem() {
        this.perItem = true;
        return this;
    }

    /** The answer never ends (a stream): only its status and headers are read. */
    public Route<T> headersOnly() {
        this.headersOnly = true;
        return this;
    }

    /** The route as the OpenAPI document lists it: {@code POST /api/v1/elections}. */
    public String operation() {
        return method + " " + template;
    }

    /** The operation and, if there is one, the note that tells this row apart. */
    public String name() {
        return operation() + (note == null ? "" : " (" + note + ")");
    }

    String method() {
        return method;
    }

    boolean isOpen() {
        return open;
    }

    boolean allows(String role) {
        return open || allowed.contains(role);
    }

    /** Whether an allowed role with {@code claim} (null: none) acts inside the target's jurisdiction. */
    boolean holds(T targets, String claim) {
        return anywhere || (claim != null && inside.apply(targets).contains(claim));
    }

    String path(T targets) {
        return path.apply(targets);
    }

    Object body(T targets) {
        return body.apply(targets);
    }

    String contentType() {
        return contentType != null ? contentType : ("GET".equals(method) ? null : JSON);
    }

    String accept() {
        return accept;
    }

    boolean isPerItem() {
        return perItem;
    }

    boolean isHeadersOnly() {
        return headersOnly;
    }

    /** Fails on a row that does not say who may call it, or where. */
    void validate() {
        Objects.requireNonNull(path, () -> name() + ": no path");
        if (open == (allowed != null)) {
            throw new IllegalStateException(name() + ": either open() or allow(roles)");
        }
        if (!open && anywhere == (inside != null)) {
            throw new IllegalStateException(name() + ": either inside(jurisdictions) or anywhere()");
        }
    }
}
