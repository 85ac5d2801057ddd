package vn.election.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ids that requests that come without one are given, and which callers' ids are kept. */
class RequestIdsTest {

    @Test
    void aNewIdIsARandomVersion4UuidAndIdsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(uuid.toString(), id);
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void aSaneIdOfTheCallerIsKeptAnythingElseReplaced() {
        assertEquals("abc-123", RequestIds.of("abc-123"));
        assertTrue(RequestIds.acceptable("night-42"));
        assertFalse(RequestIds.acceptable("two words"));
        assertFalse(RequestIds.acceptable("x".repeat(129)));
        assertFalse(RequestIds.acceptable(null));
        assertEquals(4, UUID.fromString(RequestIds.of("two words")).version());
        assertEquals(4, UUID.fromString(RequestIds.of(null)).version());
    }
}
