package vn.election.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.gateway.FakeBackend;
import vn.election.gateway.FakeBackends;
import vn.election.gateway.LiveStreamClients;
import vn.election.gateway.security.OpenStreams;
import vn.election.kit.problem.Problem;
import vn.election.testing.TestTokens;

/**
 * The published live stream through the gateway: open streams leave the connections of reads and writes
 * alone (the tests' backends get {@value FakeBackends#CONNECTIONS_PER_BACKEND} each), one subscription to the
 * tally feeds all clients of an election, a reconnect gets what it missed, and open streams are capped per
 * caller ({@value FakeBackends#STREAMS_PER_CALLER}) and in all ({@value FakeBackends#STREAMS}). Each test
 * opens its streams from loopback addresses of its own.
 */
@QuarkusTest
class LiveStreamsTest {

    @Inject
    Vertx vertx;

    @Inject
    OpenStreams openStreams;

    @ConfigProperty(name = "gateway.services.tally.url")
    String tallyUrl;

    @AfterEach
    void everyStreamIsClosedAgain() throws InterruptedException {
        awaitOpenStreams(0);
    }

    @Test
    void openStreamsLeaveReadsAndWritesOfTheTallyTheirConnections() throws Exception {
        String election = "live-" + UUID.randomUUID();
        List<LiveStreamClients.Stream> streams = new ArrayList<>();
        try (LiveStreamClients first = LiveStreamClients.from(vertx, "127.0.0.11");
                LiveStreamClients second = LiveStreamClients.from(vertx, "127.0.0.12")) {
            for (int i = 0; i < 3; i++) {
                streams.add(first.open(streamPath(election), null));
                streams.add(second.open(streamPath(election), null));
            }
            // more streams are open than the gateway has connections to the tally
            awaitAnswered(streams, FakeBackends.CONNECTIONS_PER_BACKEND);

            Response read =
                    completes("a read of the tally", () -> given().when().get("/api/v1/tally/echo/results"));
            assertEquals(200, read.statusCode());
            Response write = completes(
                    "a write to the tally",
                    () -> given().header(
                                    "Authorization",
                                    TestTokens.bearer("board", "electoral-unit:0b6f3c1e-0000-4000-8000-000000000002"))
                            .contentType(ContentType.JSON)
                            .body("{\"votes\": 3}")
                            .when()
                            .post("/api/v1/tally/echo/minutes"));
            assertEquals(200, write.statusCode());

            for (LiveStreamClients.Stream stream : streams) {
                assertEquals(200, stream.status(5));
                assertEquals("ready", stream.next().name());
            }
        } finally {
            control("end", election);
        }
    }

    @Test
    void oneSubscriptionToTheTallyFeedsEveryClientOfAnElection() throws Exception {
        String election = "live-" + UUID.randomUUID();
        try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.13")) {
            List<LiveStreamClients.Stream> streams = new ArrayList<>();
            for (int i = 0; i < FakeBackends.STREAMS_PER_CALLER; i++) {
                streams.add(clients.open(streamPath(election), null));
            }
            for (LiveStreamClients.Stream stream : streams) {
                assertEquals(200, stream.status(5));
                assertEquals("text/event-stream", stream.header("Content-Type"));
                assertEquals(new LiveStreamClients.Event("0", "ready", "{\"cursor\":0}"), stream.next());
            }
            control("publish", election, 7);
            for (LiveStreamClients.Stream stream : streams) {
                assertEquals(new LiveStreamClients.Event("7", "unit-result", "{\"change\":7}"), stream.next());
            }
            assertEquals(1, control("opened", election));
        } finally {
            control("end", election);
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() throws Exception {
        String election = "live-" + UUID.randomUUID();
        // changes before anyone listens: a stream that starts now is live from cursor 5
        control("publish", election, 5);
        try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.14")) {
            LiveStreamClients.Stream first = clients.open(streamPath(election), null);
            assertEquals("5", first.next().id());
            for (long change = 6; change <= 8; change++) {
                control("publish", election, change);
                assertEquals(Long.toString(change), first.next().id());
            }

            LiveStreamClients.Stream reconnected = clients.open(streamPath(election), "6");
            assertEquals(new LiveStreamClients.Event("7", "unit-result", "{\"change\":7}"), reconnected.next());
            assertEquals("8", reconnected.next().id());
            // ready with the newest cursor: nothing up to it is missing
            assertEquals(new LiveStreamClients.Event("8", "ready", "{\"cursor\":8}"), reconnected.next());

            // change 4 came before this subscription: only ready, then the client reads /changes?since=4
            LiveStreamClients.Stream tooLate = clients.open(streamPath(election), "4");
            assertEquals(new LiveStreamClients.Event("8", "ready", "{\"cursor\":8}"), tooLate.next());

            control("publish", election, 9);
            for (LiveStreamClients.Stream stream : List.of(first, reconnected, tooLate)) {
                assertEquals("9", stream.next().id());
            }
            assertEquals(1, control("opened", election));
        } finally {
            control("end", election);
        }
    }

    @Test
    void whenTheTallyEndsTheStreamItsClientsAreEndedAndTheNextOneSubscribesAgain() throws Exception {
        String election = "live-" + UUID.randomUUID();
        try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.15")) {
            LiveStreamClients.Stream first = clients.open(streamPath(election), null);
            LiveStreamClients.Stream second = clients.open(streamPath(election), null);
            assertEquals("ready", first.next().name());
            assertEquals("ready", second.next().name());

            control("end", election);
            assertTrue(first.ends());
            assertTrue(second.ends());

            LiveStreamClients.Stream third = clients.open(streamPath(election), null);
            assertEquals("ready", third.next().name());
            assertEquals(2, control("opened", election));
        } finally {
            control("end", election);
        }
    }

    @Test
    void theLastClientToLeaveEndsTheSubscription() throws Exception {
        String election = "live-" + UUID.randomUUID();
        try {
            try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.16")) {
                assertEquals(
                        "ready", clients.open(streamPath(election), null).next().name());
            }
            awaitOpenStreams(0);
            try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.16")) {
                LiveStreamClients.Stream again = clients.open(streamPath(election), null);
                assertEquals("ready", again.next().name());
                // a new subscription: the old one did not linger without clients
                assertEquals(2, control("opened", election));
                control("publish", election, 1);
                assertEquals("1", again.next().id());
            }
        } finally {
            control("end", election);
        }
    }

    @Test
    void aCallerBeyondItsOpenStreamsGets429ProblemJsonWithRetryAfter() throws Exception {
        String election = "live-" + UUID.randomUUID();
        try (LiveStreamClients caller = LiveStreamClients.from(vertx, "127.0.0.17");
                LiveStreamClients other = LiveStreamClients.from(vertx, "127.0.0.18")) {
            for (int i = 0; i < FakeBackends.STREAMS_PER_CALLER; i++) {
                assertEquals(200, caller.open(streamPath(election), null).status(5));
            }
            LiveStreamClients.Stream refused = caller.open(streamPath(election), null);
            assertEquals(429, refused.status(5));
            assertEquals(Problem.MEDIA_TYPE, refused.header("Content-Type"));
            assertEquals("5", refused.header("Retry-After"));
            JsonObject problem = new JsonObject(refused.body());
            assertEquals("/problems/too-many-requests", problem.getString("type"));
            assertEquals(429, problem.getInteger("status"));
            assertEquals("this caller has 3 live streams open, as many as it may", problem.getString("detail"));
            // another address has a cap of its own
            assertEquals(200, other.open(streamPath(election), null).status(5));
        } finally {
            control("end", election);
        }
    }

    @Test
    void theGatewayBeyondItsOpenStreamsGets503ProblemJson() throws Exception {
        String election = "live-" + UUID.randomUUID();
        List<LiveStreamClients> callers = new ArrayList<>();
        try {
            int open = 0;
            for (int address = 20; open < FakeBackends.STREAMS; address++) {
                LiveStreamClients caller = LiveStreamClients.from(vertx, "127.0.0." + address);
                callers.add(caller);
                for (int i = 0; i < FakeBackends.STREAMS_PER_CALLER && open < FakeBackends.STREAMS; i++, open++) {
                    assertEquals(200, caller.open(streamPath(election), null).status(5));
                }
            }
            LiveStreamClients late = LiveStreamClients.from(vertx, "127.0.0.29");
            callers.add(late);
            LiveStreamClients.Stream refused = late.open(streamPath(election), null);
            assertEquals(503, refused.status(5));
            assertEquals(Problem.MEDIA_TYPE, refused.header("Content-Type"));
            assertEquals("5", refused.header("Retry-After"));
            assertEquals("/problems/unavailable", new JsonObject(refused.body()).getString("type"));
        } finally {
            callers.forEach(LiveStreamClients::close);
            control("end", election);
        }
    }

    @Test
    void streamsThatTheTallyRefusesDoNotOpenItsCircuit() throws Exception {
        try (LiveStreamClients clients = LiveStreamClients.from(vertx, "127.0.0.30")) {
            for (int i = 0; i <= FakeBackends.FAILURE_THRESHOLD; i++) {
                LiveStreamClients.Stream refused = clients.open(streamPath("unavailable"), null);
                // the tally's own answer, passed on
                assertEquals(503, refused.status(5));
                assertEquals("tally", new JsonObject(refused.body()).getString("service"));
            }
        }
        given().when().get("/api/v1/tally/echo/x").then().statusCode(200);
    }

    @Test
    void aHeadOfTheStreamIsAnsweredWithoutHoldingAnything() throws Exception {
        String election = "live-" + UUID.randomUUID();
        try {
            given().when()
                    .head(streamPath(election))
                    .then()
                    .statusCode(200)
                    .header("Content-Type", "text/event-stream");
        } finally {
            control("end", election);
        }
    }

    /** Waits up to 10 s until the gateway counts {@code count} open streams. */
    private void awaitOpenStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (openStreams.open() != count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(count, openStreams.open(), "open streams at the gateway");
    }

    /** Waits up to 5 s until at least {@code count} of the streams have their answer. */
    private static void awaitAnswered(List<LiveStreamClients.Stream> streams, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (streams.stream().filter(LiveStreamClients.Stream::answered).count() < count
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** What {@code request} answers, which must come within 3 s. */
    private static Response completes(String what, Supplier<Response> request) throws Exception {
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
        try {
            return answer.get(3, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " through the gateway did not complete within 3 s while streams were open");
        }
    }

    private int control(String action, String election) {
        return control(action, election, 0);
    }

    /** Drives the fake tally's live stream of the election, directly; answers how often it was opened. */
    private int control(String action, String election, long id) {
        return given().when()
                .get(tallyUrl + FakeBackend.LIVE_STREAM_CONTROL + action + "?election=" + election + "&id=" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("opened");
    }

    private static String streamPath(String election) {
        return "/api/v1/tally/elections/" + election + "/published/stream";
    }
}
