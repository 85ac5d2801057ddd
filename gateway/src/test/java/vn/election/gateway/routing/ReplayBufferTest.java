package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private final ReplayBuffer replay = new ReplayBuffer(3);

    @Test
    void nothingIsReplayedBeforeTheStreamIsLive() {
        replay.add(change(4));
        assertEquals(Optional.empty(), replay.after(3));
    }

    @Test
    void whatCameAfterTheLastEventIdIsReplayedInArrivalOrder() {
        replay.liveFrom(10);
        replay.add(change(12));
        replay.add(change(11));
        replay.add(change(13));
        assertEquals(List.of("12", "13"), ids(replay.after(11)));
        assertEquals(List.of("12", "11", "13"), ids(replay.after(10)));
        assertEquals(List.of(), ids(replay.after(13)));
        // from before the subscription: it cannot tell what the client missed
        assertEquals(Optional.empty(), replay.after(9));
        assertEquals(13, replay.newest());
    }

    @Test
    void anEventLetGoEndsWhatCanBeReplayed() {
        replay.liveFrom(10);
        for (long change = 11; change <= 14; change++) {
            replay.add(change(change));
        }
        assertEquals(Optional.empty(), replay.after(10));
        assertEquals(List.of("12", "13", "14"), ids(replay.after(11)));
    }

    private static StreamEvent change(long number) {
        return new StreamEvent(Long.toString(number), "unit-result", Buffer.buffer("id: " + number + "\n\n"));
    }

    private static List<String> ids(Optional<List<StreamEvent>> events) {
        return events.orElseThrow().stream().map(StreamEvent::id).toList();
    }
}
