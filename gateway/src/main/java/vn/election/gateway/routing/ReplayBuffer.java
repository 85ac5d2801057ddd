package vn.election.gateway.routing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last events of one subscription, by the tally's change numbers, for clients that reconnect with
 * {@code Last-Event-ID}. It can tell what came after a change number only when it saw everything after it:
 * from the cursor of the subscription's {@code ready} event on (the tally sends every change after it), and
 * not before the newest event that it had to let go.
 */
final class ReplayBuffer {

    private final int capacity;
    private final Deque<StreamEvent> events = new ArrayDeque<>();
    /** The cursor of the {@code ready} event; -1 until the stream is live. */
    private long liveCursor = -1;
    /** The newest change number among the events let go; -1 before any. */
    private long letGo = -1;

    private long newest = -1;

    ReplayBuffer(int capacity) {
        this.capacity = capacity;
    }

    /** The subscription is live at {@code cursor}: every later change comes through it. */
    void liveFrom(long cursor) {
        liveCursor = cursor;
        newest = Math.max(newest, cursor);
    }

    /** Keeps an event that has a change number. */
    void add(StreamEvent event) {
        long number = event.changeNumber();
        newest = Math.max(newest, number);
        events.addLast(event);
        if (events.size() > capacity) {
            letGo = Math.max(letGo, events.removeFirst().changeNumber());
        }
    }

    /** The newest change number seen, the live cursor included; -1 before any. */
    long newest() {
        return newest;
    }

    /**
     * The events after change {@code lastEventId}, in the order they came, when this buffer still has every
     * one of them; empty when it cannot tell (the client then reads {@code /changes?since=} after
     * {@code ready}, as after any new stream).
     */
    Optional<List<StreamEvent>> after(long lastEventId) {
        if (liveCursor < 0 || lastEventId < Math.max(liveCursor, letGo)) {
            return Optional.empty();
        }
        return Optional.of(events.stream()
                .filter(event -> event.changeNumber() > lastEventId)
                .toList());
    }
}
