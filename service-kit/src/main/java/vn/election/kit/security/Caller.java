package vn.election.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.PlaceHierarchy;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * Who is calling, from the verified bearer token: for attributing writes (who, when, what) and for
 * checking that a write falls inside the holder's jurisdiction.
 */
@RequestScoped
public class Caller {

    static final String JURISDICTION_CLAIM = "jurisdiction";
    static final String ORGANIZATION_CLAIM = "org";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    // read from the token once per request: a batch of a thousand minutes asks for each item, and each
    // read of a claim converts it again
    private Optional<Jurisdiction> jurisdiction;
    private Optional<UUID> organization;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /** The token's subject, recorded with every write; {@code anonymous} without a token. */
    public String actor() {
        return anonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The holder's jurisdiction, or null when the token carries none. */
    public Jurisdiction jurisdiction() {
        if (jurisdiction == null) {
            jurisdiction =
                    Optional.ofNullable(anonymous() ? null : Jurisdiction.parse(token.getClaim(JURISDICTION_CLAIM)));
        }
        return jurisdiction.orElse(null);
    }

    /** The holder's organization (committee, board, team), when the token names one. */
    public UUID organization() {
        if (organization == null) {
            organization =
                    Optional.ofNullable(parseOrganization(anonymous() ? null : token.getClaim(ORGANIZATION_CLAIM)));
        }
        return organization.orElse(null);
    }

    private static UUID parseOrganization(String org) {
        try {
            return org == null ? null : UUID.fromString(org);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Refuses with 403 unless {@code target} lies inside the holder's jurisdiction; {@code places}
     * is the service's own knowledge of which place contains which.
     */
    public void requireWithin(Jurisdiction target, PlaceHierarchy places) {
        Jurisdiction holder = jurisdiction();
        if (holder == null || !(holder.kind() == Jurisdiction.Kind.NATION || places.contains(holder, target))) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    target.claim() + " is outside the caller's jurisdiction "
                            + (holder == null ? "(none)" : holder.claim()),
                    List.of(new Problem.FieldError(
                            "jurisdiction",
                            "JURISDICTION",
                            "a holder writes only inside its jurisdiction (docs/architecture.md)")));
        }
    }
}
