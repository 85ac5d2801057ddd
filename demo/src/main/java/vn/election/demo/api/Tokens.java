package vn.election.demo.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the local stack, signed with the key `./suite up` made (.suite/keys/private.pem) and with
 * the claims `./suite token` writes (iss, sub, upn, groups, iat, exp, jurisdiction). Unlike `./suite token`,
 * each organization gets its own subject (committee-06, team-&lt;area&gt;), as each would hold its own
 * account: writes are attributed to it, and the gateway's per-caller rate limits apply per organization.
 */
public final class Tokens {

    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    public Tokens(PrivateKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Reads a PKCS#8 PEM private key, as {@code openssl genpkey} writes it. */
    public static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    /** The National Election Council (Hội đồng bầu cử quốc gia). */
    public String council() {
        return token("nec", "nec-demo", "nation");
    }

    /** The election committee (Ủy ban bầu cử) of an administrative unit. */
    public String committee(String administrativeUnitCode) {
        return token("committee", "committee-" + administrativeUnitCode, "admin-unit:" + administrativeUnitCode);
    }

    /** The election team (Tổ bầu cử) of a polling area. */
    public String team(Object pollingAreaId) {
        return token("team", "team-" + pollingAreaId, "polling-area:" + pollingAreaId);
    }

    public String token(String role, String subject, String jurisdiction) {
        return minted.computeIfAbsent(
                role + "|" + subject + "|" + jurisdiction, k -> sign(role, subject, jurisdiction));
    }

    private String sign(String role, String subject, String jurisdiction) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + LIFETIME.toSeconds());
        claims.put("jurisdiction", jurisdiction);
        try {
            String unsigned = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + B64.encodeToString(json.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + B64.encodeToString(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
