package vn.election.demo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokensTest {

    /** The claims `./suite token` writes, each organization with its own subject, signed RS256. */
    @Test
    void aTeamTokenCarriesItsRoleJurisdictionAndOwnSubject() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T06:00:00Z"), ZoneOffset.UTC);
        String token = new Tokens(keys.getPrivate(), "https://election.local/dev", clock).team("a1");

        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://election.local/dev", claims.get("iss").asText());
        assertEquals("team-a1", claims.get("sub").asText());
        assertEquals("team", claims.get("groups").get(0).asText());
        assertEquals("polling-area:a1", claims.get("jurisdiction").asText());
        assertEquals(1_795_240_800L + 8 * 3600, claims.get("exp").asLong());
    }
}
