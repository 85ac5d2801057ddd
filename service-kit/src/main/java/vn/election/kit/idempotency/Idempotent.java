package vn.election.kit.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating write (a JAX-RS resource method) as safe to retry with an {@code Idempotency-Key}, by
 * {@link IdempotentRequests}. The method returns a {@code Response} and takes the key as a parameter
 * {@code @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey}:
 *
 * <pre>
 * &#64;POST
 * &#64;Idempotent
 * public Response create(&#64;HeaderParam(IdempotentRequests.HEADER) String key, NewThing body, UriInfo uri) {
 *     ThingView created = service.create(body);
 *     return Responses.created(uri, created.id(), created);
 * }
 * </pre>
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
