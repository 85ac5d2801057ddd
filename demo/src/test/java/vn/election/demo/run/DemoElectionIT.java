package vn.election.demo.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.day.ElectionDay;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.NationalSynthetic;
import vn.election.events.Body;
import vn.election.events.Topics;
import vn.election.testing.LocalKafkaBroker;
import vn.election.testing.PostgresTestDatabase;

/**
 * The demo against the packaged suite (a real broker, the three services on throwaway databases, the gateway):
 * a small national synthetic election (1 province, 12 polling areas) loads through the gateway only, and its
 * day plays to results in which every seat is filled (W-2, W-3) with the turnout the plan gives.
 */
class DemoElectionIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", ".."));
    private static final String ISSUER = "https://demo-it.election.local";

    @Test
    void aSmallNationalElectionLoadsAndPlaysThroughTheGateway() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<AutoCloseable> started = new ArrayList<>();
        LocalKafkaBroker broker = LocalKafkaBroker.startFresh(List.of(Topics.REGISTRY_STRUCTURE,
                Topics.REGISTRY_CANDIDATES, Topics.TALLY_MINUTES, Topics.TALLY_RESULTS, Topics.AWARDS_DECISIONS));
        started.add(broker::close);
        try {
            Map<String, String> urls = new HashMap<>();
            for (String service : List.of("registry", "tally", "awards")) {
                var database = new PostgresTestDatabase();
                Map<String, String> config = new HashMap<>(database.start());
                started.add(database::stop);
                config.put("kafka.bootstrap.servers", broker.bootstrapServers());
                config.put("mp.jwt.verify.publickey", publicKey);
                config.put("mp.jwt.verify.issuer", ISSUER);
                PackagedService process = PackagedService.start(ROOT, service + "-service", config);
                started.add(0, process);
                urls.put("gateway.services." + service + ".url", process.url());
            }
            urls.put("mp.jwt.verify.publickey", publicKey);
            urls.put("mp.jwt.verify.issuer", ISSUER);
            PackagedService gateway = PackagedService.start(ROOT, "gateway", urls);
            started.add(0, gateway);

            ElectionPlan plan = NationalSynthetic.generate(3, vn.election.demo.DemoCommand.nextOpenSunday(
                    ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))), 1, 12, 350);
            var api = new Gateway(URI.create(gateway.url()));
            var tokens = new Tokens(keys.getPrivate(), ISSUER, Clock.systemUTC());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            var out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            try (var parallel = new Parallel(4)) {
                LoadedElection loaded = new Loader(api, tokens, parallel, out).load(plan);
                new Player(api, tokens, parallel, out, Duration.ZERO).play(loaded);
                System.out.print(printed.toString(StandardCharsets.UTF_8));

                JsonNode summary = api.get("/tally/elections/" + loaded.id() + "/results/summary", tokens.council());
                ElectionDay day = new ElectionDay(plan);
                long voted = plan.areas().stream().mapToLong(day::votedByClose).sum();
                for (JsonNode body : summary.path("bodies")) {
                    List<ElectoralUnitPlan> units = plan.unitsOf(Body.valueOf(body.path("body").asText()));
                    assertEquals(units.size(), body.path("units").asLong());
                    assertEquals(units.stream().mapToInt(ElectoralUnitPlan::seats).sum(), body.path("elected").asLong());
                    assertEquals(plan.areas().size(), body.path("pollingAreasReported").asLong());
                    assertEquals(plan.voters(), body.path("totalVoters").asLong());
                    assertEquals(voted, body.path("votersParticipated").asLong());
                }
                assertEquals(3, summary.path("bodies").size());
            }
        } finally {
            for (AutoCloseable c : started) {
                c.close();
            }
        }
    }
}
