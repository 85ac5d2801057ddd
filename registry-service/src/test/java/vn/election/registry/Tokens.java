package vn.election.registry;

import io.restassured.http.Header;
import vn.election.kit.security.Roles;
import vn.election.testing.TestTokens;

/** Authorization headers for the registry's tests. */
public final class Tokens {

    /** The National Election Council: defines elections, writes anywhere. */
    public static final Header NEC = new Header("Authorization", TestTokens.bearer(Roles.NEC, "nation"));

    private Tokens() {
    }
}
