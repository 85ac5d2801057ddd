package vn.election.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import vn.election.events.access.Roles;
import vn.election.testing.TestTokens;

/** Authorization headers for the registry's tests. */
public final class Tokens {

    /** The National Election Council: defines elections, writes anywhere. */
    public static final Header NEC = of(Roles.NEC, "nation");

    private Tokens() {}

    /** A header for {@code role} in {@code jurisdiction} ({@code admin-unit:06}, {@code polling-area:<uuid>} ...). */
    public static Header of(String role, String jurisdiction) {
        return new Header("Authorization", TestTokens.bearer(role, jurisdiction));
    }

    /** The token's subject: what the registry records as who made a write. */
    public static String subject(Header header) {
        String payload = header.getValue().substring("Bearer ".length()).split("\\.")[1];
        try {
            return new ObjectMapper()
                    .readTree(Base64.getUrlDecoder().decode(payload))
                    .get("sub")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
