package vn.election.tally.published;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import java.util.function.Supplier;
import vn.election.tally.published.Publication.ChangesPublished;

/**
 * The live stream of published changes (Server-Sent Events): a broadcast fed after each commit that
 * changed results, so a client never sees a change that was rolled back.
 */
@ApplicationScoped
public class PublishedStream {

    /** Events a slow client may fall behind by before its stream ends; it reconnects and asks "since". */
    private static final int CLIENT_BUFFER = 10_000;

    private final BroadcastProcessor<PublishedChange> broadcast = BroadcastProcessor.create();
    private final PublishedConfig config;

    public PublishedStream(PublishedConfig config) {
        this.config = config;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesPublished committed) {
        // commits of different threads arrive here concurrently; a processor takes one item at a time
        synchronized (broadcast) {
            committed.changes().forEach(broadcast::onNext);
        }
    }

    /**
     * The changes of one election as SSE: {@code unit-result} events with the change number as id, a
     * {@code ready} event with the cursor once the stream is live (every change up to it can be read
     * with "since"; a change may come both before ready and within it), and keep-alive comments.
     */
    Multi<OutboundSseEvent> of(UUID electionId, Supplier<Long> cursor, Sse sse) {
        Multi<OutboundSseEvent> changes = broadcast
                .filter(c -> c.electionId().equals(electionId))
                .onOverflow()
                .buffer(CLIENT_BUFFER)
                .map(c -> sse.newEventBuilder()
                        .id(Long.toString(c.changeSeq()))
                        .name("unit-result")
                        .data(c.document())
                        .build());
        Multi<OutboundSseEvent> ready = Uni.createFrom()
                .item(cursor)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(at -> sse.newEventBuilder()
                        .id(Long.toString(at))
                        .name("ready")
                        .data("{\"cursor\":" + at + "}")
                        .build())
                .toMulti();
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom()
                .ticks()
                .every(config.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // merging subscribes in order: the live changes first, so none is lost before the cursor is read
        return Multi.createBy().merging().streams(changes, ready, heartbeats);
    }
}
