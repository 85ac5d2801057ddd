package vn.election.kit.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.election.events.access.RoleJurisdictions;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * Refuses, on every route of a service, a token whose roles do not fit its jurisdiction claim (D-22, D-23,
 * D-24): 403 naming the claim and the rule. Such a token is a wrongly issued credential, so it is refused even
 * where an anonymous caller may read, rather than silently taken for anonymous or for the nation.
 *
 * <p>Without an {@code Authorization} header there is nothing to check. With one, the identity is read without
 * blocking (the published stream runs on the event loop); a token that fails verification is left to the usual
 * 401 of the route.
 */
public class FittingTokens {

    private final CurrentIdentityAssociation identities;

    public FittingTokens(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    // before matching, so before any route's own role and jurisdiction checks: a misfit is always told as such
    @ServerRequestFilter(preMatching = true)
    public Uni<Void> requireFittingToken(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            misfit(identity).ifPresent(refusal -> {
                throw refusal;
            });
            return null;
        });
    }

    private static Optional<ProblemException> misfit(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(Caller.JURISDICTION_CLAIM);
        return RoleJurisdictions.misfit(identity.getRoles(), claim == null ? null : claim.toString())
                .map(misfit -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        misfit.detail(),
                        List.of(Problem.FieldError.of("jurisdiction", misfit.rule(), misfit.message()))));
    }
}
