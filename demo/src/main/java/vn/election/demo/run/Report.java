package vn.election.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.events.Body;

/** What a newcomer should look at after the demo: the women on the lists, award suggestions, and the URLs. */
public final class Report {

    private static final Duration SUGGESTIONS_PATIENCE = Duration.ofSeconds(60);

    private final Gateway gateway;
    private final Tokens tokens;
    private final PrintStream out;

    public Report(Gateway gateway, Tokens tokens, PrintStream out) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.out = out;
    }

    /** C-8: the share of women on each body's official lists, against the ruleset's target. */
    public void womenOnTheLists(LoadedElection election) {
        for (Body body : election.plan().bodies()) {
            JsonNode w =
                    gateway.get("/registry/elections/" + election.id() + "/candidate-lists/women?body=" + body, null);
            out.printf(
                    "  women on the %s lists (C-8): %s of %s (%s %%)%s%n",
                    body,
                    w.path("women").asText(),
                    w.path("candidates").asText(),
                    w.path("sharePercent").asText(),
                    w.path("targetPercent").isNull()
                            ? ""
                            : ", target " + w.path("targetPercent").asText() + " %: "
                                    + (w.path("meetsTarget").asBoolean() ? "met" : "not met"));
        }
    }

    /** The awards service's suggestions, once they stop growing (they follow the tally's events). */
    public void suggestions(LoadedElection election) {
        List<JsonNode> all = List.of();
        long deadline = System.nanoTime() + SUGGESTIONS_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Gateway.sleep(Duration.ofSeconds(3));
            List<JsonNode> now = readSuggestions(election);
            boolean settled = !now.isEmpty() && now.size() == all.size();
            all = now;
            if (settled) {
                break;
            }
        }
        Map<String, Integer> byKind = new TreeMap<>();
        all.forEach(s -> byKind.merge(s.path("kind").asText(), 1, Integer::sum));
        out.printf("  award suggestions (awards service, K-6): %d %s%n", all.size(), byKind);
        all.stream()
                .limit(5)
                .forEach(s -> out.printf(
                        "    %s: %s%n",
                        s.path("nomineeName").asText(), s.path("evidence").asText()));
    }

    private List<JsonNode> readSuggestions(LoadedElection election) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = gateway.get(
                    "/awards/suggestions?electionId=" + election.id() + "&limit=500"
                            + (after == null ? "" : "&after=" + after),
                    tokens.council());
            page.path("items").forEach(all::add);
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return all;
    }

    public void whatToOpen(LoadedElection election) {
        String g = gateway.base().toString().replaceAll("/$", "");
        String e = election.id().toString();
        out.println();
        out.println("Open:");
        out.println("  Live results page      " + g + "/results/?election=" + e);
        out.println("  Swagger UI             " + g + "/q/swagger-ui/");
        out.println("  Published results      " + g + "/api/v1/tally/elections/" + e + "/published");
        out.println("  Live changes (SSE)     curl -N " + g + "/api/v1/tally/elections/" + e + "/published/stream");
        out.println("  Turnout                " + g + "/api/v1/tally/elections/" + e + "/turnout");
        out.println("  Results summary        " + g + "/api/v1/tally/elections/" + e + "/results/summary");
        for (ElectoralUnitPlan unit : election.plan().units()) {
            if (unit.shortOfWinners()) {
                out.println("  Additional election    " + g + "/api/v1/tally/elections/" + e + "/published/units/"
                        + election.unitId(unit) + "   (" + unit.name() + ", W-5)");
            }
        }
        out.println("  Award suggestions      " + g + "/api/v1/awards/suggestions?electionId=" + e
                + "   (token: ./suite token awards-officer nation)");
    }
}
