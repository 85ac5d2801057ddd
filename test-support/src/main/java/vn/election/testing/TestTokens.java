package vn.election.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens for tests, signed with a key pair made for this test run (no key is committed).
 * {@link JwtTestKeys} gives the services the public half.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.election.local";
    private static final KeyPair KEYS = generate();

    private TestTokens() {}

    /**
     * A token for {@code role} with a jurisdiction claim ({@code nation}, {@code admin-unit:06},
     * {@code electoral-unit:<uuid>}, {@code polling-area:<uuid>}) or none (null). The services refuse a token whose
     * role and claim do not fit (D-22 to D-24): {@code team} with {@code polling-area:}, {@code board} with
     * {@code electoral-unit:}, {@code committee} with {@code admin-unit:}, {@code nec} with {@code nation}; the
     * awards roles with {@code admin-unit:} or {@code nation}; {@code partner} with none or {@code nation}. Mint any
     * other pair only to see it refused.
     */
    public static String token(String role, String jurisdiction) {
        var builder = Jwt.issuer(ISSUER)
                .subject(role + "-" + UUID.randomUUID().toString().substring(0, 8))
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(1));
        if (jurisdiction != null) {
            builder.claim("jurisdiction", jurisdiction);
        }
        return builder.sign(KEYS.getPrivate());
    }

    /** The value of an {@code Authorization} header for {@link #token}. */
    public static String bearer(String role, String jurisdiction) {
        return "Bearer " + token(role, jurisdiction);
    }

    /** The public key, base64 (X.509 SubjectPublicKeyInfo), as {@code mp.jwt.verify.publickey} takes it. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The private half, for a program under test that signs its own tokens (the demo signs one per organization). */
    public static PrivateKey signingKey() {
        return KEYS.getPrivate();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }
}
