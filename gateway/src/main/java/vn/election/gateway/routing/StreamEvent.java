package vn.election.gateway.routing;

import io.vertx.core.buffer.Buffer;

/**
 * One block of a {@code text/event-stream}: an event, or a comment such as the tally's keep-alive, with its
 * text as it goes to the clients.
 *
 * @param id   the event's {@code id} field, null when it has none
 * @param name the event's type ({@code message} unless an {@code event} field says otherwise), null for a comment
 * @param text the block, lines ended by {@code \n}, with the blank line that ends it
 */
record StreamEvent(String id, String name, Buffer text) {

    /** The tally's event that says that the stream is live, with the cursor as its id. */
    static final String READY = "ready";

    /** The {@value #READY} event that the gateway sends a client: every change up to {@code cursor} can be read. */
    static StreamEvent ready(long cursor) {
        return new StreamEvent(
                Long.toString(cursor),
                READY,
                Buffer.buffer("event: " + READY + "\nid: " + cursor + "\ndata: {\"cursor\":" + cursor + "}\n\n"));
    }

    boolean isComment() {
        return name == null;
    }

    /** The id as the tally's change number (a {@code Last-Event-ID} too); -1 when it is none. */
    long changeNumber() {
        return changeNumber(id);
    }

    static long changeNumber(String id) {
        if (id == null || id.isEmpty() || id.length() > 18) {
            return -1;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(id);
    }
}
