package vn.election.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for one backend service on a free loopback port, with a few fixed endpoints:
 * <ul>
 * <li>{@code /api/v1/echo...} (any method): JSON with the service name and the method, path, raw query,
 * {@code X-Request-Id}, {@code Authorization} and body it received; it also sends its own {@code X-Request-Id} and a CORS
 * header, which the gateway must not let through;</li>
 * <li>{@code POST /api/v1/things}: 201 with an absolute {@code Location} on this backend,
 * {@code http://127.0.0.1:<port>/api/v1/things/7?view=full};</li>
 * <li>{@code POST /api/v1/relative-things}: 201 with {@code Location: /api/v1/things/8};</li>
 * <li>{@code GET /api/v1/results/1}: {@code ETag: "r1"} and a fixed {@code Last-Modified}; 304 when
 * {@code If-None-Match: "r1"};</li>
 * <li>{@code GET /api/v1/elections/<id>/published/...}: after {@link #PUBLISHED_MILLIS}, JSON with the path
 * and how often it was asked for, with {@code ETag: "p7"}; {@code GET /api/v1/stats/hits?path=<path>} tells
 * that count;</li>
 * <li>{@code GET /api/v1/elections/<id>/published/stream}: an event stream, see {@link #stream};
 * {@code GET /api/v1/stats/release-stream} lets it send its second event;</li>
 * <li>{@code GET /api/v1/elections/live-<name>/published/stream}: a stream like the tally's, see
 * {@link #liveStream}, which the test drives directly on this backend with {@link #LIVE_STREAM_CONTROL}
 * {@code opened}, {@code publish} and {@code end}; {@code GET /api/v1/elections/unavailable/published/stream}:
 * 503;</li>
 * <li>{@code /api/v1/unavailable}: 503 with JSON naming the service;</li>
 * <li>{@code /api/v1/slow}: answers after {@link #SLOW_MILLIS};</li>
 * <li>{@code /q/openapi}: the given document, counting the requests, which
 * {@code GET /api/v1/stats/openapi-requests} tells; {@code /q/health/ready}: 200;</li>
 * <li>anything else: 404 with JSON naming the service and the path it was asked for.</li>
 * </ul>
 */
public final class FakeBackend {

    public static final String ETAG = "\"r1\"";
    public static final String LAST_MODIFIED = "Sun, 15 Mar 2026 12:00:00 GMT";
    public static final long SLOW_MILLIS = 5_000;
    public static final String PUBLISHED_ETAG = "\"p7\"";
    /** A published result takes this long, so that a burst of requests overlaps one fetch. */
    public static final long PUBLISHED_MILLIS = 300;

    private static final Pattern PUBLISHED = Pattern.compile("/api/v1/elections/[^/]+/published/.*");
    private static final Pattern PUBLISHED_STREAM = Pattern.compile("/api/v1/elections/[^/]+/published/stream");
    private static final Pattern LIVE_STREAM = Pattern.compile("/api/v1/elections/(live-[^/]+)/published/stream");
    /**
     * Drives the live streams, on this backend directly (never through the gateway, whose connections a test
     * may have used up): {@code GET <url>/api/v1/stats/live-stream/opened?election=live-x} tells how many
     * stream connections the election got, {@code .../publish?election=live-x&id=7} sends every open stream of
     * it a {@code unit-result} event with id 7, {@code .../end?election=live-x} ends them.
     */
    public static final String LIVE_STREAM_CONTROL = "/api/v1/stats/live-stream/";
    /** Put in a stream's queue to end it. */
    private static final String END = "";

    private final String name;
    private final String openApi;
    private final HttpServer server;
    /** Unbounded: a stream holds its thread as long as it is open, and a test may open many. */
    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final AtomicInteger openApiRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch streamRelease = new CountDownLatch(1);
    private final Map<String, LiveStream> liveStreams = new ConcurrentHashMap<>();

    /** One election's live stream: how often it was opened, the queues of the open ones, the newest event id. */
    private static final class LiveStream {
        final AtomicInteger opened = new AtomicInteger();
        final List<BlockingQueue<String>> open = new CopyOnWriteArrayList<>();
        volatile long cursor;
    }

    private FakeBackend(String name, String openApi) throws IOException {
        this.name = name;
        this.openApi = openApi;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeBackend start(String name, String openApi) {
        try {
            return new FakeBackend(name, openApi);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake " + name + " backend", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/api/v1/echo")) {
                String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
                exchange.getResponseHeaders().add("X-Request-Id", "set-by-the-backend");
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", method)
                        .put("path", path)
                        .put("query", exchange.getRequestURI().getRawQuery())
                        .put("requestId", requestId)
                        .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .put("bodyLength", body.length)
                        .put("body", new String(body, StandardCharsets.UTF_8));
                send(exchange, 200, "application/json", echo.encode());
            } else if (path.equals("/api/v1/things") && method.equals("POST")) {
                exchange.getResponseHeaders().add("Location", url() + "/api/v1/things/7?view=full");
                send(exchange, 201, "application/json", "{\"id\":7}");
            } else if (path.equals("/api/v1/relative-things") && method.equals("POST")) {
                exchange.getResponseHeaders().add("Location", "/api/v1/things/8");
                send(exchange, 201, "application/json", "{\"id\":8}");
            } else if (path.equals("/api/v1/results/1")) {
                exchange.getResponseHeaders().add("ETag", ETAG);
                exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    send(exchange, 200, "application/json", "{\"votes\":12}");
                }
            } else if (LIVE_STREAM.matcher(path).matches()) {
                Matcher live = LIVE_STREAM.matcher(path);
                live.matches();
                liveStream(exchange, live.group(1));
            } else if (path.startsWith(LIVE_STREAM_CONTROL)) {
                controlLiveStream(exchange, path.substring(LIVE_STREAM_CONTROL.length()));
            } else if (path.equals("/api/v1/elections/unavailable/published/stream")) {
                send(
                        exchange,
                        503,
                        "application/json",
                        new JsonObject().put("service", name).encode());
            } else if (PUBLISHED_STREAM.matcher(path).matches()) {
                stream(exchange);
            } else if (path.equals("/api/v1/stats/release-stream")) {
                streamRelease.countDown();
                send(exchange, 200, "application/json", "{}");
            } else if (PUBLISHED.matcher(path).matches()) {
                sleep(PUBLISHED_MILLIS);
                int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                exchange.getResponseHeaders().add("ETag", PUBLISHED_ETAG);
                exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                send(
                        exchange,
                        200,
                        "application/json",
                        new JsonObject().put("path", path).put("hit", hit).encode());
            } else if (path.equals("/api/v1/stats/hits")) {
                String asked = exchange.getRequestURI().getQuery().substring("path=".length());
                AtomicInteger count = hits.getOrDefault(asked, new AtomicInteger());
                send(
                        exchange,
                        200,
                        "application/json",
                        new JsonObject().put("count", count.get()).encode());
            } else if (path.equals("/api/v1/unavailable")) {
                send(
                        exchange,
                        503,
                        "application/json",
                        new JsonObject().put("service", name).encode());
            } else if (path.equals("/api/v1/slow")) {
                sleep(SLOW_MILLIS);
                send(exchange, 200, "application/json", "{\"late\":true}");
            } else if (path.equals("/q/openapi")) {
                openApiRequests.incrementAndGet();
                send(exchange, 200, "application/json", openApi);
            } else if (path.equals("/api/v1/stats/openapi-requests")) {
                send(
                        exchange,
                        200,
                        "application/json",
                        new JsonObject().put("count", openApiRequests.get()).encode());
            } else if (path.equals("/q/health/ready")) {
                send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            } else {
                send(
                        exchange,
                        404,
                        "application/json",
                        new JsonObject()
                                .put("status", 404)
                                .put("service", name)
                                .put("path", path)
                                .encode());
            }
        }
    }

    /**
     * Sends one event, then waits until the test asks for the second (or gives up after 10 s and says so):
     * a client sees the first event only if the gateway passes the stream on unbuffered.
     */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            boolean released;
            try {
                released = streamRelease.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                released = false;
            }
            out.write((released ? "data: second\n\n" : "data: timed-out\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Like the tally's stream: a {@code ready} event whose id and cursor is the newest event id so far, then
     * whatever {@code publish} sends, until {@code end} (or 30 s without an event, so that no thread is left
     * behind).
     */
    private void liveStream(HttpExchange exchange, String election) throws IOException {
        LiveStream stream = liveStreams.computeIfAbsent(election, e -> new LiveStream());
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        // listening before the cursor is read, as the tally does, so that no event falls between
        stream.open.add(queue);
        stream.opened.incrementAndGet();
        long cursor = stream.cursor;
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "event: ready\nid: " + cursor + "\ndata: {\"cursor\":" + cursor + "}\n\n");
            for (String event = queue.poll(30, TimeUnit.SECONDS);
                    event != null && !event.equals(END);
                    event = queue.poll(30, TimeUnit.SECONDS)) {
                write(out, event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.open.remove(queue);
        }
    }

    private void controlLiveStream(HttpExchange exchange, String action) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            query.put(nameAndValue[0], nameAndValue[1]);
        }
        LiveStream stream = liveStreams.computeIfAbsent(query.get("election"), e -> new LiveStream());
        switch (action) {
            case "opened" -> {}
            case "publish" -> {
                long id = Long.parseLong(query.get("id"));
                stream.cursor = Math.max(stream.cursor, id);
                String event = "event: unit-result\nid: " + id + "\ndata: {\"change\":" + id + "}\n\n";
                stream.open.forEach(queue -> queue.add(event));
            }
            case "end" -> stream.open.forEach(queue -> queue.add(END));
            default -> throw new IllegalArgumentException(action);
        }
        send(
                exchange,
                200,
                "application/json",
                new JsonObject().put("opened", stream.opened.get()).encode());
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
