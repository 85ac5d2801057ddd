package vn.election.gateway;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Clients of the gateway's live streams, all from one loopback address (so that each test has its own
 * per-address limits), each on a connection of its own. {@link #close} closes every one.
 */
public final class LiveStreamClients implements AutoCloseable {

    /** One event of a stream as a client sees it; comments (keep-alives) are not events. */
    public record Event(String id, String name, String data) {}

    /** One client's stream: its answer (status, headers, and the body when it is not a stream) and its events. */
    public static final class Stream {
        private final CompletableFuture<HttpClientResponse> answer = new CompletableFuture<>();
        private final CompletableFuture<String> wholeBody = new CompletableFuture<>();
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private final StringBuilder pending = new StringBuilder();

        /** The answer's status, waiting up to {@code seconds} for it. */
        public int status(long seconds) throws Exception {
            return answer.get(seconds, TimeUnit.SECONDS).statusCode();
        }

        public String header(String name) throws Exception {
            return answer.get(10, TimeUnit.SECONDS).getHeader(name);
        }

        /** The whole body of an answer that is not a stream. */
        public String body() throws Exception {
            return wholeBody.get(10, TimeUnit.SECONDS);
        }

        /** The next event, waiting up to 10 s for it; an {@link AssertionError} when none comes. */
        public Event next() throws InterruptedException {
            Event event = events.poll(10, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no event within 10 s");
            }
            return event;
        }

        /** True when the gateway ended the stream within 10 s. */
        public boolean ends() throws Exception {
            ended.get(10, TimeUnit.SECONDS);
            return true;
        }

        public boolean answered() {
            return answer.isDone();
        }

        private void take(HttpClientResponse response) {
            answer.complete(response);
            if (response.statusCode() != 200) {
                response.body().onSuccess(body -> wholeBody.complete(body.toString()));
                return;
            }
            response.handler(this::feed);
            response.endHandler(ignored -> ended.complete(null));
            response.exceptionHandler(failure -> ended.complete(null));
        }

        private synchronized void feed(Buffer chunk) {
            pending.append(chunk.toString());
            for (int end = pending.indexOf("\n\n"); end >= 0; end = pending.indexOf("\n\n")) {
                String block = pending.substring(0, end);
                pending.delete(0, end + 2);
                String id = null;
                String name = "message";
                List<String> data = new ArrayList<>();
                for (String line : block.split("\n")) {
                    if (line.startsWith("id: ")) {
                        id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.add(line.substring(6));
                    }
                }
                if (!data.isEmpty()) {
                    events.add(new Event(id, name, String.join("\n", data)));
                }
            }
        }
    }

    private final HttpClient client;

    private LiveStreamClients(HttpClient client) {
        this.client = client;
    }

    /** Clients from {@code localAddress}, e.g. {@code 127.0.0.12}. */
    public static LiveStreamClients from(Vertx vertx, String localAddress) {
        return new LiveStreamClients(vertx.createHttpClient(
                new HttpClientOptions().setLocalAddress(localAddress), new PoolOptions().setHttp1MaxSize(100)));
    }

    /** Opens a stream of the gateway path, on a new connection; {@code lastEventId} may be null. */
    public Stream open(String path, String lastEventId) {
        Stream stream = new Stream();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI(path)
                .putHeader("Accept", "text/event-stream");
        if (lastEventId != null) {
            options.putHeader("Last-Event-ID", lastEventId);
        }
        client.request(options)
                .compose(request -> request.send())
                .onSuccess(stream::take)
                .onFailure(stream.answer::completeExceptionally);
        return stream;
    }

    @Override
    public void close() {
        client.close().toCompletionStage().toCompletableFuture().join();
    }
}
