package vn.election.awards;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import vn.election.events.access.Roles;
import vn.election.testing.TestTokens;

/** Authorization headers for the awards' tests (docs/architecture.md). */
public final class Tokens {

    /** Drafts and submits dossiers, anywhere. */
    public static final Header OFFICER = as(Roles.AWARDS_OFFICER, "nation");
    /** Judges them (checks, appraises, reviews, decides ...), anywhere. */
    public static final Header APPROVER = as(Roles.AWARDS_APPROVER, "nation");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {}

    /** A token for {@code role} with a jurisdiction claim ({@code nation}, {@code admin-unit:19} ...) or none. */
    public static Header as(String role, String jurisdiction) {
        return new Header("Authorization", TestTokens.bearer(role, jurisdiction));
    }

    /** The token's subject: whom the service records as having acted. */
    public static String subject(Header header) {
        String payload = header.getValue().substring("Bearer ".length()).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload))
                    .get("sub")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
