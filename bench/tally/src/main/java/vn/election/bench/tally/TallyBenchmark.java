package vn.election.bench.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.election.bench.tally.SyntheticElection.Area;
import vn.election.bench.tally.SyntheticElection.Minutes;
import vn.election.events.Body;

/**
 * Count-minutes ingest, end to end: a synthetic national election's minutes
 * (every polling area × 4 bodies) through the batch API of a running tally service, until every unit
 * is determined in the published results; the accepted → visible-result delay per batch; and, in the
 * same run, batched JDBC inserts of the same rows as the baseline. Run it with
 * {@code bench/tally/run.sh} (see the README beside it).
 *
 * <pre>
 * args: --url http://127.0.0.1:18082 --jdbc jdbc:postgresql://127.0.0.1:5432/tally_bench --user postgres
 *       --areas 85000 --clients 4 --batch 1000 --token &lt;a bearer token of role nec, jurisdiction nation&gt;
 * </pre>
 */
public final class TallyBenchmark {

    private static final boolean VERBOSE = Boolean.getBoolean("bench.verbose");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String token;

    private TallyBenchmark(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String url = opt.getOrDefault("url", "http://127.0.0.1:18082");
        String jdbc = opt.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/tally_bench");
        String user = opt.getOrDefault("user", "postgres");
        String password = opt.getOrDefault("password", "");
        int areas = Integer.parseInt(opt.getOrDefault("areas", "85000"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "4"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "1000"));
        String token = opt.get("token");
        if (token == null) {
            throw new IllegalArgumentException("--token: minutes are written with a bearer token (run.sh mints one)");
        }

        SyntheticElection election = new SyntheticElection(areas, 2021);
        System.out.printf(
                "synthetic election: %,d polling areas, %,d electoral units, %d provinces, %,d minutes%n",
                election.areas.size(), election.units.size(), election.provinces, election.areas.size() * 4L);
        long seeded = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            election.seed(db);
        }
        System.out.printf("structure seeded in %.1f s%n", seconds(seeded));

        TallyBenchmark bench = new TallyBenchmark(url, token);
        Result api;
        try (Statistics statistics = Statistics.kept(jdbc, user, password)) {
            api = bench.ingest(election, clients, batch);
        }
        double baseline;
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            baseline = jdbcBaseline(db, election, batch);
        }
        System.out.println();
        System.out.printf(
                "tally API   : %,d minutes in %.1f s = %,.0f minutes/s (all visible in published results)%n",
                api.minutes, api.seconds, api.minutes / api.seconds);
        System.out.printf(
                "accepted → result visible: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d batches)%n",
                api.percentile(50), api.percentile(99), api.percentile(100), api.delaysMs.size());
        System.out.printf("JDBC batch  : %,.0f minutes/s (same rows into a copy of count_minutes)%n", baseline);
        System.out.printf(
                "ratio       : the API ingests at %.1f %% of raw batched inserts (%.1fx slower)%n",
                100 * (api.minutes / api.seconds) / baseline, baseline / (api.minutes / api.seconds));
    }

    /**
     * The planner's statistics, as PostgreSQL's autovacuum keeps them: the structure is analyzed once
     * seeded (the registry's events would have filled it days before), and, on a server running without
     * autovacuum (this project's machine runs with {@code autovacuum = off}), the database is analyzed
     * every {@link #EVERY} while minutes pour in, as autoanalyze would each time a table grew by a tenth.
     * Without statistics the planner takes the minutes tables for small and scans them whole for each
     * batch, and the ingest slows down as they grow: a measure of the missing daemon, not of the tally.
     */
    private static final class Statistics implements AutoCloseable {

        private static final Duration EVERY = Duration.ofSeconds(15);

        private final Connection db;
        private final ScheduledExecutorService analyzer;

        private Statistics(Connection db, ScheduledExecutorService analyzer) {
            this.db = db;
            this.analyzer = analyzer;
        }

        static Statistics kept(String jdbc, String user, String password) throws Exception {
            Connection db = DriverManager.getConnection(jdbc, user, password);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze");
            }
            ScheduledExecutorService analyzer = null;
            try (Statement show = db.createStatement();
                    var autovacuum = show.executeQuery("show autovacuum")) {
                autovacuum.next();
                if (!"on".equals(autovacuum.getString(1))) {
                    System.out.printf(
                            "autovacuum is off on this server: the benchmark analyzes every %d s in its " + "place%n",
                            EVERY.toSeconds());
                    analyzer = Executors.newSingleThreadScheduledExecutor();
                    analyzer.scheduleWithFixedDelay(
                            () -> {
                                try (Statement analyze = db.createStatement()) {
                                    analyze.execute("analyze");
                                } catch (java.sql.SQLException e) {
                                    System.out.println("analyze failed: " + e.getMessage());
                                }
                            },
                            EVERY.toMillis(),
                            EVERY.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
            }
            return new Statistics(db, analyzer);
        }

        @Override
        public void close() throws Exception {
            if (analyzer != null) {
                analyzer.shutdown();
                analyzer.awaitTermination(1, TimeUnit.MINUTES);
            }
            db.close();
        }
    }

    record Result(long minutes, double seconds, List<Double> delaysMs) {
        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(delaysMs);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.size()); // nearest rank
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    /**
     * Batches are a committee's upload: up to {@code batch} minutes of consecutive communes of one
     * province, all bodies. They are queued province by province in turn, so that clients working at
     * once mostly touch different electoral units.
     */
    private Result ingest(SyntheticElection election, int clients, int batch) throws Exception {
        List<List<List<Minutes>>> byProvince = new ArrayList<>();
        for (int p = 0; p < election.provinces; p++) {
            byProvince.add(new ArrayList<>());
        }
        List<Minutes> current = new ArrayList<>();
        int province = -1;
        for (Area area : election.areas) {
            if (area.province() != province || current.size() + 4 > batch) {
                if (!current.isEmpty()) {
                    byProvince.get(province).add(current);
                }
                current = new ArrayList<>();
                province = area.province();
            }
            for (Body body : Body.values()) {
                current.add(election.minutes(area, body));
            }
        }
        byProvince.get(province).add(current);
        // the request bodies are written before the clock starts: a committee's file is ready when it uploads,
        // and the client's JSON writing would otherwise take CPU from the service on this 2-core machine
        ConcurrentLinkedQueue<Upload> queue = new ConcurrentLinkedQueue<>();
        for (int round = 0; ; round++) {
            boolean any = false;
            for (List<List<Minutes>> batches : byProvince) {
                if (round < batches.size()) {
                    List<Minutes> minutes = batches.get(round);
                    queue.add(new Upload(
                            minutes,
                            json.writeValueAsBytes(Map.of(
                                    "minutes",
                                    minutes.stream().map(Minutes::json).toList()))));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        int batches = queue.size();
        Map<UUID, AtomicInteger> accepted = new ConcurrentHashMap<>();
        List<Double> delays = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                Upload next;
                while ((next = queue.poll()) != null) {
                    post(election, next, accepted, delays);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        awaitAllDetermined(election);
        double seconds = seconds(start);
        System.out.printf("%d batches posted by %d clients%n", batches, clients);
        return new Result(election.areas.size() * 4L, seconds, delays);
    }

    /** One batch of minutes and its request body. */
    private record Upload(List<Minutes> minutes, byte[] body) {}

    /**
     * Posts one batch; then reads the published result of the batch's first unit until it counts
     * every polling area accepted for it so far: the accepted → visible-result delay.
     */
    private void post(SyntheticElection election, Upload upload, Map<UUID, AtomicInteger> accepted, List<Double> delays)
            throws Exception {
        List<Minutes> batch = upload.minutes();
        long sent = System.nanoTime();
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/elections/" + election.id + "/minutes/batch"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long acceptedAt = System.nanoTime();
        if (VERBOSE) {
            System.out.printf("batch of %d accepted in %.0f ms%n", batch.size(), (acceptedAt - sent) / 1e6);
        }
        JsonNode result = json.readTree(response.body());
        if (response.statusCode() != 200 || result.get("rejected").asInt() != 0) {
            throw new IllegalStateException("batch not accepted: " + response.statusCode() + " "
                    + new String(response.body()).substring(0, Math.min(2000, response.body().length)));
        }
        batch.forEach(m -> accepted.computeIfAbsent(m.unit().id(), u -> new AtomicInteger())
                .incrementAndGet());
        UUID unit = batch.get(0).unit().id();
        int expected = accepted.get(unit).get();
        while (true) {
            JsonNode published = get("/api/v1/elections/" + election.id + "/published/units/" + unit);
            if (published.get("progress").get("pollingAreasReported").asInt() >= expected) {
                delays.add((System.nanoTime() - acceptedAt) / 1e6);
                return;
            }
        }
    }

    /** The national published progress: every polling area reported and every unit determined. */
    private void awaitAllDetermined(SyntheticElection election) throws Exception {
        while (true) {
            JsonNode nation = get("/api/v1/elections/" + election.id + "/published");
            boolean done = nation.get("bodies").size() == 4;
            for (JsonNode body : nation.get("bodies")) {
                done &= body.get("pollingAreasReported").asLong()
                                == body.get("pollingAreasTotal").asLong()
                        && body.get("unitsDetermined").asLong()
                                == body.get("units").asLong();
            }
            if (done) {
                return;
            }
            Thread.sleep(20); // a poll, not a measurement: keeps the reads from crowding the ingest
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** The same rows (the minutes with their votes) with batched JDBC inserts, in batches of the same size. */
    private static double jdbcBaseline(Connection db, SyntheticElection election, int batch) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists bench_count_minutes");
            ddl.execute("create table bench_count_minutes (like count_minutes including defaults including indexes)");
        }
        db.setAutoCommit(false);
        long start = System.nanoTime();
        List<Minutes> rows = new ArrayList<>(batch);
        for (Area area : election.areas) {
            for (Body body : Body.values()) {
                rows.add(election.minutes(area, body));
                if (rows.size() >= batch) {
                    insert(db, election, rows);
                    rows.clear();
                }
            }
        }
        insert(db, election, rows);
        double perSecond = election.areas.size() * 4L / seconds(start);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table bench_count_minutes");
        }
        db.commit();
        return perSecond;
    }

    private static void insert(Connection db, SyntheticElection election, List<Minutes> rows) throws Exception {
        SyntheticElection.batch(db, """
                insert into bench_count_minutes (id, election_id, polling_area_id, body, unit_id, round, version, current,
                    total_voters, voters_participated, ballots_issued, ballots_received, valid, invalid,
                    ballots_by_count, warnings, accepted_at, on_time, candidate_ids, candidate_votes)
                values (?, ?, ?, ?, ?, 1, 1, true, ?, ?, ?, ?, ?, ?, ?, '', now(), true, ?, ?)""", rows, (ps, m) -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, election.id);
            ps.setObject(3, m.area().id());
            ps.setString(4, m.body().name());
            ps.setObject(5, m.unit().id());
            ps.setInt(6, m.area().voters());
            ps.setInt(7, m.participated());
            ps.setInt(8, m.participated());
            ps.setInt(9, m.participated());
            ps.setInt(10, m.valid());
            ps.setInt(11, m.invalid());
            ps.setArray(
                    12,
                    db.createArrayOf("int4", Arrays.stream(m.byCount()).boxed().toArray()));
            ps.setArray(13, db.createArrayOf("uuid", m.unit().candidates().toArray()));
            ps.setArray(
                    14,
                    db.createArrayOf("int4", Arrays.stream(m.votes()).boxed().toArray()));
        });
        db.commit();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
