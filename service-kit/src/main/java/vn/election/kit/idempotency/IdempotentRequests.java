package vn.election.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/**
 * Makes every creating write ({@link Idempotent}) safe to retry, under one policy for the whole suite
 * (docs/architecture.md). A key belongs to one route (its template, e.g. {@code POST
 * /api/v1/elections/{electionId}/minutes}) and one caller (the token's subject, with its jurisdiction): the same key of another
 * caller, or on another route, is another key, so a key never hands one holder's answer to another. With an
 * {@code Idempotency-Key}, the first request runs and its answer is stored in the same transaction as its
 * effect; a replay of the same request (the same path and query parameters and body) gets that answer back,
 * and a different request under the same key is refused with 422. Concurrent requests with one key are
 * serialized by the primary key: the second waits for the first to commit, then replays it. A request
 * without a key runs as it is.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;

    public IdempotentRequests(EntityManager em, ObjectMapper json, Caller caller) {
        this.em = em;
        this.json = json;
        this.caller = caller;
    }

    /**
     * Runs an {@link Idempotent} resource method once per key. {@link IdempotentInterceptor} calls it inside the
     * transaction of the write's effect, which the stored answer joins.
     */
    public Response run(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (!Response.class.equals(method.getReturnType())) {
            throw new IllegalStateException(method + " is @Idempotent: it must return a Response, which is replayed");
        }
        Parameter[] parameters = method.getParameters();
        Object[] arguments = invocation.getParameters();
        Integer keyAt = null;
        List<Object> request = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            HeaderParam header = parameters[i].getAnnotation(HeaderParam.class);
            if (header != null && HEADER.equalsIgnoreCase(header.value())) {
                keyAt = i;
            } else if (describesTheRequest(parameters[i].getType())) {
                request.add(arguments[i]);
            }
        }
        if (keyAt == null) {
            throw new IllegalStateException(
                    method + " is @Idempotent: it must take @HeaderParam(IdempotentRequests.HEADER) String");
        }
        String key = (String) arguments[keyAt];
        if (key == null || key.isBlank()) {
            return (Response) invocation.proceed();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(
                    HEADER, "Size", "an Idempotency-Key has at most " + MAX_KEY_LENGTH + " characters");
        }
        String route = route(method);
        String actor = callerScope();
        String fingerprint = fingerprint(request);
        int claimed = em.createNativeQuery("""
                        insert into idempotent_request (route, caller, key, fingerprint) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, route)
                .setParameter(2, actor)
                .setParameter(3, key)
                .setParameter(4, fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(route, actor, key, fingerprint);
        }
        Response response = (Response) invocation.proceed();
        em.createNativeQuery("update idempotent_request set status = ?4, location = ?5, body = ?6 "
                        + "where route = ?1 and caller = ?2 and key = ?3")
                .setParameter(1, route)
                .setParameter(2, actor)
                .setParameter(3, key)
                .setParameter(4, response.getStatus())
                .setParameter(
                        5,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(6, toJson(response.getEntity()))
                .executeUpdate();
        return response;
    }

    /**
     * Who is calling, as far as an answer may depend on it: the token's subject, and where it may write (a
     * subject given a token for another jurisdiction is another caller).
     */
    private String callerScope() {
        Jurisdiction jurisdiction = caller.jurisdiction();
        return jurisdiction == null ? caller.actor() : caller.actor() + " " + jurisdiction.claim();
    }

    /**
     * The parameters that tell one request from another: path and query parameters and the body. Not the
     * key, nor JAX-RS context objects, nor a streamed body (a replay answers without reading it again).
     */
    private static boolean describesTheRequest(Class<?> type) {
        return !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !type.getName().startsWith("jakarta.ws.rs.")
                && !type.getName().startsWith("io.vertx.");
    }

    /** The route's template: the HTTP method and the class's and the method's {@code @Path}. */
    static String route(Method method) {
        String verb = null;
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path classPath = method.getDeclaringClass().getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String path = ("/" + (classPath == null ? "" : classPath.value()) + "/"
                        + (methodPath == null ? "" : methodPath.value()))
                .replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return verb + " " + path;
    }

    private Response replay(String route, String actor, String key, String fingerprint) {
        Object[] row = (Object[]) em.createNativeQuery("select fingerprint, status, location, body "
                        + "from idempotent_request where route = ?1 and caller = ?2 and key = ?3")
                .setParameter(1, route)
                .setParameter(2, actor)
                .setParameter(3, key)
                .getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "this Idempotency-Key was already used for a different request",
                    List.of(new Problem.FieldError(HEADER, "IdempotencyKeyReused", "use a new key for a new request")));
        }
        Response.ResponseBuilder replayed =
                Response.status(((Number) row[1]).intValue()).header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            replayed.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            replayed.entity(row[3]).type(MediaType.APPLICATION_JSON);
        }
        return replayed.build();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value.getClass(), e);
        }
    }
}
