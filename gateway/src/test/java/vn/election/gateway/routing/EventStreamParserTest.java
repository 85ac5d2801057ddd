package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamParserTest {

    private final List<StreamEvent> blocks = new ArrayList<>();
    private final EventStreamParser parser = new EventStreamParser(blocks::add);

    @Test
    void blocksAreCutAtBlankLinesWhereverTheChunksEnd() {
        String stream = "event: ready\nid: 12\ndata: {\"cursor\":12}\n\n: keep-alive\n\n"
                + "id: 13\r\nevent: unit-result\r\ndata: {\"name\":\"Hà Nội\"}\r\n\r\ndata: plain\n\n";
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        // one byte at a time: line ends, the blank line and a multi-byte character are all split
        for (byte b : bytes) {
            assertTrue(parser.feed(Buffer.buffer(new byte[] {b})));
        }
        assertEquals(4, blocks.size());

        StreamEvent ready = blocks.get(0);
        assertEquals("ready", ready.name());
        assertEquals(12, ready.changeNumber());
        assertEquals(
                "event: ready\nid: 12\ndata: {\"cursor\":12}\n\n", ready.text().toString());

        assertTrue(blocks.get(1).isComment());
        assertEquals(": keep-alive\n\n", blocks.get(1).text().toString());

        StreamEvent change = blocks.get(2);
        assertEquals("unit-result", change.name());
        assertEquals("13", change.id());
        // line ends become \n
        assertEquals(
                "id: 13\nevent: unit-result\ndata: {\"name\":\"Hà Nội\"}\n\n",
                change.text().toString(StandardCharsets.UTF_8));

        StreamEvent plain = blocks.get(3);
        assertEquals("message", plain.name());
        assertNull(plain.id());
        assertEquals(-1, plain.changeNumber());
    }

    @Test
    void aBlockLargerThanTheLimitIsRefused() {
        Buffer line = Buffer.buffer("data: " + "x".repeat(1024) + "\n");
        boolean accepted = true;
        for (int i = 0; accepted && i <= EventStreamParser.MAX_BLOCK_BYTES / 1024; i++) {
            accepted = parser.feed(line);
        }
        assertFalse(accepted);
        assertTrue(blocks.isEmpty());
    }

    @Test
    void onlyDigitsAreAChangeNumber() {
        assertEquals(48213, StreamEvent.changeNumber("48213"));
        assertEquals(-1, StreamEvent.changeNumber("-3"));
        assertEquals(-1, StreamEvent.changeNumber("4e3"));
        assertEquals(-1, StreamEvent.changeNumber(""));
        assertEquals(-1, StreamEvent.changeNumber(null));
        assertEquals(-1, StreamEvent.changeNumber("9".repeat(30)));
    }
}
