package vn.election.tally;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.UUID;
import vn.election.events.access.Roles;
import vn.election.testing.TestTokens;

/** Authorization headers for the tally's tests. */
public final class Tokens {

    /** The National Election Council: writes anywhere, reads everything. */
    public static final Header NEC = as(Roles.NEC, "nation");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {}

    /** A token for {@code role} with a jurisdiction claim ({@code nation}, {@code admin-unit:06} ...) or none. */
    public static Header as(String role, String jurisdiction) {
        return new Header("Authorization", TestTokens.bearer(role, jurisdiction));
    }

    /** The election team (tổ bầu cử) of a polling area. */
    public static Header team(UUID pollingArea) {
        return as(Roles.TEAM, "polling-area:" + pollingArea);
    }

    /** The election board (ban bầu cử) of an electoral unit. */
    public static Header board(UUID unit) {
        return as(Roles.BOARD, "electoral-unit:" + unit);
    }

    /** The election committee (ủy ban bầu cử) of an administrative unit. */
    public static Header committee(String administrativeUnit) {
        return as(Roles.COMMITTEE, "admin-unit:" + administrativeUnit);
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
