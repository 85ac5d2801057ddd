package vn.election.gateway.routing;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a {@code text/event-stream} as it arrives, in chunks that end anywhere, into its blocks (events and
 * comments, each ended by a blank line), and hands each to a consumer. Lines may end with {@code \n} or
 * {@code \r\n}; the blocks go on with {@code \n}.
 */
final class EventStreamParser {

    /** A block larger than this is not one of the tally's: the stream is given up on. */
    static final int MAX_BLOCK_BYTES = 4 * 1024 * 1024;

    private final Consumer<StreamEvent> blocks;
    private final List<String> lines = new ArrayList<>();
    private Buffer pending = Buffer.buffer();
    /** How much of {@link #pending} is known to have no line end. */
    private int scanned;

    private int blockBytes;

    EventStreamParser(Consumer<StreamEvent> blocks) {
        this.blocks = blocks;
    }

    /** Takes the next chunk; false when a block would be larger than {@link #MAX_BLOCK_BYTES}. */
    boolean feed(Buffer chunk) {
        pending.appendBuffer(chunk);
        int start = 0;
        for (int i = scanned; i < pending.length(); i++) {
            if (pending.getByte(i) == '\n') {
                int end = i > start && pending.getByte(i - 1) == '\r' ? i - 1 : i;
                line(pending.getString(start, end, StandardCharsets.UTF_8.name()));
                start = i + 1;
            }
        }
        pending = pending.getBuffer(start, pending.length());
        scanned = pending.length();
        return blockBytes + pending.length() <= MAX_BLOCK_BYTES;
    }

    private void line(String line) {
        if (!line.isEmpty()) {
            lines.add(line);
            blockBytes += line.length() + 1;
        } else if (!lines.isEmpty()) {
            blocks.accept(block());
            lines.clear();
            blockBytes = 0;
        }
    }

    private StreamEvent block() {
        String id = null;
        String name = null;
        for (String line : lines) {
            if (line.startsWith(":")) {
                continue;
            }
            if (name == null) {
                name = "message";
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(line.startsWith(": ", colon) ? colon + 2 : colon + 1);
            if (field.equals("id")) {
                id = value;
            } else if (field.equals("event")) {
                name = value;
            }
        }
        return new StreamEvent(id, name, Buffer.buffer(String.join("\n", lines) + "\n\n"));
    }
}
