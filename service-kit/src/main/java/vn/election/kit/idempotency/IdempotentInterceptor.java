package vn.election.kit.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs an {@link Idempotent} write through {@link IdempotentRequests}. Inside a transaction that the method
 * declares itself (its {@code @Transactional} interceptor comes first), so that the stored answer commits
 * with the write's effect whatever the transaction's settings.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IdempotentInterceptor {

    private final IdempotentRequests requests;

    public IdempotentInterceptor(IdempotentRequests requests) {
        this.requests = requests;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) {
        // joins the method's own transaction when it declares one (VoterResource's long imports), else begins one
        return QuarkusTransaction.joiningExisting().call(() -> requests.run(invocation));
    }
}
