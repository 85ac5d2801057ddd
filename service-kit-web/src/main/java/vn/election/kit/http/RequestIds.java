package vn.election.kit.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The suite's {@code X-Request-Id}: every request carries one, the caller's when it sent a sane one, else a
 * new random UUID. The gateway gives each request its id and passes it to the services and the access log.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** What a caller's id may look like; anything else (too long, spaces, quotes) is replaced. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:+/=@-]{1,128}");

    private RequestIds() {}

    /** True when a caller's id may be kept as it is. */
    public static boolean acceptable(String id) {
        return id != null && ACCEPTABLE.matcher(id).matches();
    }

    /** The id of a request that came with {@code incoming} (null when it had none): that one, or a new one. */
    public static String of(String incoming) {
        return acceptable(incoming) ? incoming : newId();
    }

    /**
     * A random (version 4) UUID from the calling thread's own generator. A request id has to be unique, not
     * unguessable: {@link UUID#randomUUID()}'s SecureRandom is shared behind a lock and costs a noticeable
     * part of a cached read (bench/gateway/README.md).
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long leastSignificant = random.nextLong() & ~(0x3L << 62) | 0x2L << 62; // variant 2 (RFC 9562)
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
