package vn.election.demo.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.day.ElectionDay;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.NationalSynthetic;
import vn.election.events.Body;
import vn.election.testing.PackagedSuite;
import vn.election.testing.TestTokens;

/**
 * The demo against the packaged suite (test-support's {@link PackagedSuite}: a real broker, the three services on
 * throwaway databases, the gateway, all trusting the test token issuer, whose key the demo signs with):
 * a small national synthetic election (1 province, 12 polling areas) loads through the gateway only, and its
 * day plays to results in which every seat is filled (W-2, W-3) with the turnout the plan gives.
 */
class DemoElectionIT {

    @Test
    void aSmallNationalElectionLoadsAndPlaysThroughTheGateway() throws Exception {
        PackagedSuite suite = PackagedSuite.shared();
        ElectionPlan plan = NationalSynthetic.generate(
                3,
                vn.election.demo.DemoCommand.nextOpenSunday(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))),
                1,
                12,
                350);
        var api = new Gateway(URI.create(suite.gateway()));
        var tokens = new Tokens(TestTokens.signingKey(), TestTokens.ISSUER, Clock.systemUTC());
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
                List<ElectoralUnitPlan> units =
                        plan.unitsOf(Body.valueOf(body.path("body").asText()));
                assertEquals(units.size(), body.path("units").asLong());
                assertEquals(
                        units.stream().mapToInt(ElectoralUnitPlan::seats).sum(),
                        body.path("elected").asLong());
                assertEquals(
                        plan.areas().size(), body.path("pollingAreasReported").asLong());
                assertEquals(plan.voters(), body.path("totalVoters").asLong());
                assertEquals(voted, body.path("votersParticipated").asLong());
            }
            assertEquals(3, summary.path("bodies").size());
            // D-28: loaded days before election day, long after the units' and dossiers' milestones: a drill
            assertTrue(api.get("/registry/elections/" + loaded.id(), null)
                    .path("drill")
                    .asBoolean());
            assertTrue(api.get("/tally/elections/" + loaded.id(), null)
                    .path("drill")
                    .asBoolean());
        }
    }
}
