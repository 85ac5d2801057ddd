package vn.election.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * Makes a creating write safe to retry (DESIGN.md section 5). With an {@code Idempotency-Key}, the first
 * request runs and its answer is stored in the same transaction as its effect; a replay of the same
 * request gets that answer back, and a different request under the same key is refused with 422.
 * Concurrent requests with one key are serialized by the primary key: the second waits for the first
 * to commit, then replays it.
 *
 * <pre>
 * &#64;POST
 * public Response create(&#64;HeaderParam("Idempotency-Key") String key, NewThing body, UriInfo uri) {
 *     return idempotent.created("things", key, body, uri, () -> service.create(body), ThingView::id);
 * }
 * </pre>
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;

    public IdempotentRequests(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * @param scope   what kind of write, so that keys of different routes never meet (e.g. "elections")
     * @param key     the client's key; null or blank runs the action without idempotency
     * @param request the request body, whose fingerprint tells a replay from a different request
     * @param action  the write; its response entity must be JSON-serializable
     */
    @Transactional
    public Response run(String scope, String key, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "Size", "an Idempotency-Key has at most 200 characters");
        }
        String fingerprint = fingerprint(request);
        int claimed = em.createNativeQuery("""
                        insert into idempotent_request (scope, key, fingerprint) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, fingerprint);
        }
        Response response = action.get();
        em.createNativeQuery("update idempotent_request set status = ?3, location = ?4, body = ?5 "
                        + "where scope = ?1 and key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(
                        4,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(5, toJson(response.getEntity()))
                .executeUpdate();
        return response;
    }

    /**
     * The usual creating write: runs {@code create} under the key and answers 201 with the created
     * resource, located below the request path at {@code idOf(created)}.
     */
    @Transactional
    public <T> Response created(
            String scope, String key, Object request, UriInfo uri, Supplier<T> create, Function<T, Object> idOf) {
        return run(scope, key, request, () -> {
            T created = create.get();
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(idOf.apply(created).toString())
                            .build())
                    .entity(created)
                    .build();
        });
    }

    private Response replay(String scope, String key, String fingerprint) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select fingerprint, status, location, body from idempotent_request where scope = ?1 and key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
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
