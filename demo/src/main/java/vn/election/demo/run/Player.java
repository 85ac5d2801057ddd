package vn.election.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.day.Count;
import vn.election.demo.day.ElectionDay;
import vn.election.demo.day.MinutesForm;
import vn.election.demo.day.Mistake;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.PollingAreaPlan;
import vn.election.events.Body;

/**
 * Plays election day on a loaded election through the gateway: each team reports turnout at every
 * checkpoint, then sends its minutes for every body in one batch (M-3), a few wrong and corrected after
 * the tally's answer (M-9), one corrected after acceptance; the provincial committee certifies its units (W-8).
 */
public final class Player {

    private static final int MINUTES_WAVES = 6;
    private static final Duration RESULTS_PATIENCE = Duration.ofMinutes(3);

    private final Gateway gateway;
    private final Tokens tokens;
    private final Parallel parallel;
    private final PrintStream out;
    private final Duration pace;

    /** @param pace the pause between checkpoints and between waves of minutes, for watching */
    public Player(Gateway gateway, Tokens tokens, Parallel parallel, PrintStream out, Duration pace) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.parallel = parallel;
        this.out = out;
        this.pace = pace;
    }

    public void play(LoadedElection election) {
        ElectionPlan plan = election.plan();
        ElectionDay day = new ElectionDay(plan);
        String t = "/tally/elections/" + election.id();
        Loader.Step step = new Loader.Step(out);

        List<String> checkpoints = new ArrayList<>();
        gateway.get(t + "/turnout/checkpoints", tokens.council()).forEach(c -> checkpoints.add(c.asText()));
        for (String checkpoint : checkpoints) {
            parallel.map(
                    plan.areas(),
                    area -> gateway.post(
                            t + "/polling-areas/" + election.areaId(area) + "/turnout",
                            tokens.team(election.areaId(area)),
                            Map.of("checkpoint", checkpoint, "voted", day.votedBy(area, checkpoint))));
            JsonNode figures = gateway.get(t + "/turnout?checkpoint=" + checkpoint, tokens.council())
                    .path("figures");
            step.done("turnout at " + checkpoint + ": " + figures.path("voted").asLong() + " of "
                    + figures.path("votersOnList").asLong() + " voters ("
                    + figures.path("turnoutPercent").asText()
                    + " %), " + figures.path("pollingAreasReported").asLong() + " polling areas reported");
            Gateway.sleep(pace);
        }

        List<Mistake> mistakes = day.mistakes();
        Map<String, Mistake> wrongAt = new HashMap<>();
        mistakes.forEach(
                m -> wrongAt.put(m.wrong().areaIndex() + "/" + m.wrong().body(), m));
        List<PollingAreaPlan> areas = plan.areas();
        int perWave = (areas.size() + MINUTES_WAVES - 1) / MINUTES_WAVES;
        for (int from = 0; from < areas.size(); from += perWave) {
            List<PollingAreaPlan> wave = areas.subList(from, Math.min(areas.size(), from + perWave));
            parallel.map(wave, area -> submitMinutes(election, day, area, wrongAt));
            JsonNode summary = gateway.get(t + "/results/summary", tokens.council());
            step.done("minutes: " + reported(summary));
            Gateway.sleep(pace);
        }
        for (Mistake m : mistakes) {
            if (m.check() == null) {
                PollingAreaPlan area = areas.get(m.right().areaIndex());
                JsonNode v = gateway.post(
                        t + "/minutes", tokens.team(election.areaId(area)), form(election, m.right(), m.slip()));
                out.printf(
                        "    correction of accepted minutes, %s %s: version %s (\"%s\")%n",
                        areaName(plan, area),
                        m.right().body(),
                        v.path("version").asText(),
                        m.slip());
            }
        }

        JsonNode summary = awaitResults(t);
        step.done("results determined: " + statuses(summary));
        for (ElectoralUnitPlan unit : plan.units()) {
            if (unit.shortOfWinners()) {
                additionalElection(election, day, unit, t);
                step.done("additional election (bầu thêm, W-5) played");
            }
        }
        long certified = certifyProvincialUnits(election, day, t);
        step.done("provincial council units certified by their election committee (W-8, CK-7): " + certified + " of "
                + plan.unitsOf(Body.PROVINCIAL_COUNCIL).size());
    }

    /** A team's minutes for every body in one batch; a refused item is printed, then sent again put right. */
    private Void submitMinutes(
            LoadedElection election, ElectionDay day, PollingAreaPlan area, Map<String, Mistake> wrongAt) {
        ElectionPlan plan = election.plan();
        UUID areaId = election.areaId(area);
        List<MinutesForm> forms = new ArrayList<>();
        for (Body body : plan.bodies()) {
            Mistake m = wrongAt.get(area.index() + "/" + body);
            forms.add(form(election, m == null ? day.count(area, body) : m.wrong(), null));
        }
        String t = "/tally/elections/" + election.id();
        JsonNode result = gateway.post(t + "/minutes/batch", tokens.team(areaId), Map.of("minutes", forms));
        for (JsonNode item : result.path("items")) {
            if (item.path("status").asInt() == 201) {
                continue;
            }
            Body body = Body.valueOf(item.path("body").asText());
            Mistake m = wrongAt.get(area.index() + "/" + body);
            List<String> caught = new ArrayList<>();
            item.path("problem")
                    .path("errors")
                    .forEach(err -> caught.add(err.path("code").asText() + ": "
                            + err.path("message").asText()));
            synchronized (out) {
                out.printf(
                        "    %s, %s: refused %d, %s%n",
                        areaName(plan, area), body, item.path("status").asInt(), caught);
                if (m == null) {
                    out.println("      (not one of the demo's deliberate mistakes: left as it is)");
                    continue;
                }
                out.printf("      the team's slip: %s; expected %s to catch it%n", m.slip(), m.check());
                JsonNode v = gateway.post(t + "/minutes", tokens.team(areaId), form(election, m.right(), null));
                out.printf(
                        "      corrected and accepted: version %s%n",
                        v.path("version").asText());
            }
        }
        return null;
    }

    private static MinutesForm form(LoadedElection election, Count count, String correction) {
        PollingAreaPlan area = election.plan().areas().get(count.areaIndex());
        ElectoralUnitPlan unit = election.plan().unitOf(area, count.body());
        return MinutesForm.of(
                count, election.areaId(area), election.candidateIds().get(unit.index()), correction);
    }

    /** Waits until no unit is still at its first count with polling areas missing. */
    private JsonNode awaitResults(String t) {
        long deadline = System.nanoTime() + RESULTS_PATIENCE.toNanos();
        while (true) {
            JsonNode summary = gateway.get(t + "/results/summary", tokens.council());
            boolean all = true;
            for (JsonNode body : summary.path("bodies")) {
                all &= body.path("unitsByStatus").path("FIRST_COUNT").asLong(0) == 0;
            }
            if (all || System.nanoTime() > deadline) {
                return summary;
            }
            Gateway.sleep(Duration.ofMillis(500));
        }
    }

    /**
     * The unit that filled too few seats (W-5): its first round as the tally determined it, then the additional
     * election (round 2: the candidates not elected, for the seats left), opened by its election committee as an
     * official would and played with the same teams, and its end.
     */
    private void additionalElection(LoadedElection election, ElectionDay day, ElectoralUnitPlan unit, String t) {
        String path = t + "/results/units/" + election.unitId(unit);
        JsonNode first = gateway.get(path, tokens.council());
        out.printf(
                "    %s, %s (%s, %d seats): %s, %s%n",
                unit.name(),
                unit.administrativeUnitCode(),
                unit.body(),
                unit.seats(),
                first.path("status").asText(),
                first.path("reason").asText());
        if (!"NEEDS_ADDITIONAL_ELECTION".equals(first.path("status").asText())) {
            return;
        }
        List<UUID> ids = election.candidateIds().get(unit.index());
        List<String> elected = new ArrayList<>();
        first.path("rounds").get(0).path("elected").forEach(id -> elected.add(id.asText()));
        List<Integer> ballot = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!elected.contains(ids.get(i).toString())) {
                ballot.add(i);
            }
        }
        // the competent body opens the bầu thêm (D-8, D-9): the council for an NA unit, else the committee of the
        // council's level; 14 days after election day, inside the 15 the law allows
        JsonNode opened = gateway.post(
                path + "/rounds",
                unit.body() == Body.NATIONAL_ASSEMBLY
                        ? tokens.council()
                        : tokens.committee(unit.administrativeUnitCode()),
                Map.of("date", election.plan().electionDay().plusDays(14).toString()));
        out.printf(
                "      opened by its election committee for %s: %d seats, %d candidates%n",
                opened.path("date").asText(),
                opened.path("seats").asInt(),
                opened.path("candidates").size());
        int seats = opened.path("seats").asInt();
        List<UUID> ballotIds = ballot.stream().map(ids::get).toList();
        for (PollingAreaPlan area : election.plan().areasOf(unit)) {
            Count count = day.additionalCount(area, unit, ballot, seats);
            gateway.post(
                    t + "/minutes",
                    tokens.team(election.areaId(area)),
                    MinutesForm.of(count, election.areaId(area), ballotIds, null)
                            .inRound(2));
        }
        long deadline = System.nanoTime() + RESULTS_PATIENCE.toNanos();
        JsonNode after = first;
        while (System.nanoTime() < deadline
                && !"ADDITIONAL_ELECTION_DONE".equals(after.path("status").asText())) {
            Gateway.sleep(Duration.ofMillis(500));
            after = gateway.get(path, tokens.council());
        }
        out.printf(
                "      round 2, %d seats, %d candidates: %s, %s%n",
                seats,
                ballot.size(),
                after.path("status").asText(),
                after.path("reason").asText());
        // a winner of round 1 is not on round 2's ballot: the tally gives no votes, and the round that elected them
        after.path("candidates")
                .forEach(c -> out.printf(
                        c.path("votes").isNull()
                                ? "        %-28s elected in round %s%n"
                                : "        %-28s %6s votes %7s %% %s%n",
                        c.path("fullName").asText(),
                        c.path("votes").isNull()
                                ? c.path("electedInRound").asText()
                                : c.path("votes").asText(),
                        c.path("percentOfValid").asText(),
                        c.path("elected").asBoolean() ? "elected" : ""));
    }

    /**
     * The provincial committee certifies its council's units with the board's sums (CK-7); a unit it may not
     * certify yet (still counting, or waiting for an additional election) is printed and left.
     */
    private long certifyProvincialUnits(LoadedElection election, ElectionDay day, String t) {
        ElectionPlan plan = election.plan();
        List<ElectoralUnitPlan> units = plan.unitsOf(Body.PROVINCIAL_COUNCIL);
        return parallel
                .map(units, unit -> {
                    long participated = 0;
                    long valid = 0;
                    long invalid = 0;
                    long[] votes = new long[unit.candidates().size()];
                    for (PollingAreaPlan area : plan.areasOf(unit)) {
                        Count c = day.count(area, unit.body());
                        participated += c.votersParticipated();
                        valid += c.valid();
                        invalid += c.invalid();
                        for (int i = 0; i < votes.length; i++) {
                            votes[i] += c.votes()[i];
                        }
                    }
                    Map<UUID, Long> byCandidate = new LinkedHashMap<>();
                    List<UUID> ids = election.candidateIds().get(unit.index());
                    for (int i = 0; i < votes.length; i++) {
                        byCandidate.put(ids.get(i), votes[i]);
                    }
                    Gateway.Answer answer = gateway.postForAnswer(
                            t + "/results/units/" + election.unitId(unit) + "/certification",
                            tokens.committee(unit.administrativeUnitCode()),
                            Map.of(
                                    "votersParticipated",
                                    participated,
                                    "valid",
                                    valid,
                                    "invalid",
                                    invalid,
                                    "votes",
                                    byCandidate));
                    if (answer.status() >= 400) {
                        out.printf("    %s not certified: %d %s%n", unit.name(), answer.status(), answer.body());
                    }
                    return answer.status() < 400;
                })
                .stream()
                .filter(Boolean::booleanValue)
                .count();
    }

    private static String reported(JsonNode summary) {
        StringBuilder s = new StringBuilder();
        for (JsonNode body : summary.path("bodies")) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(body.path("body").asText())
                    .append(' ')
                    .append(body.path("pollingAreasReported").asLong())
                    .append('/')
                    .append(body.path("pollingAreasTotal").asLong());
        }
        return s.toString();
    }

    private static String statuses(JsonNode summary) {
        StringBuilder s = new StringBuilder();
        for (JsonNode body : summary.path("bodies")) {
            s.append("\n      ")
                    .append(String.format("%-19s", body.path("body").asText()))
                    .append(" elected ")
                    .append(body.path("elected").asLong())
                    .append(" of ")
                    .append(body.path("seats").asLong())
                    .append(", turnout ")
                    .append(body.path("turnoutPercent").asText())
                    .append(" %, units ")
                    .append(body.path("unitsByStatus"));
        }
        return s.toString();
    }

    static String areaName(ElectionPlan plan, PollingAreaPlan area) {
        return area.name() + ", "
                + plan.administrativeUnitsByCode().get(area.communeCode()).name();
    }
}
