package vn.election.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.plan.AdministrativeUnitPlan;
import vn.election.demo.plan.CandidatePlan;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectionWorkers;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.PollingAreaPlan;
import vn.election.demo.plan.VoterList;
import vn.election.events.Body;

/**
 * Loads a plan into the registry through the gateway, each write by the organization the law gives it to:
 * the National Election Council defines the election, the places and the NA units (EU-1); each election
 * committee its own council's units, candidates and lists, its communes' polling areas (PA-3) and voter
 * lists (V-5), and the boards and teams below it (ORG-1).
 */
public final class Loader {

    private static final Duration TALLY_PATIENCE = Duration.ofMinutes(5);

    private final Gateway gateway;
    private final Tokens tokens;
    private final Parallel parallel;
    private final PrintStream out;

    public Loader(Gateway gateway, Tokens tokens, Parallel parallel, PrintStream out) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.parallel = parallel;
        this.out = out;
    }

    public LoadedElection load(ElectionPlan plan) {
        Step step = new Step(out);
        String csv = plan.administrativeUnits().stream()
                .map(AdministrativeUnitPlan::csvRow)
                .collect(Collectors.joining("\n", "code,name,level,parent_code\n", "\n"));
        JsonNode imported = gateway.postCsv(
                "/registry/administrative-units",
                tokens.council(),
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        step.done("administrative units: " + plan.administrativeUnits().size() + " (" + imported + ")");

        Map<String, Object> election = new LinkedHashMap<>();
        election.put("name", plan.name());
        election.put("electionDay", plan.electionDay().toString());
        election.put("ruleset", plan.ruleset());
        election.put("bodies", plan.bodies());
        // D-28: the demo is a drill, loaded and played long after the real calendar's milestones
        election.put("drill", true);
        UUID electionId = id(gateway.post("/registry/elections", tokens.council(), election));
        step.done("election " + electionId + " (a drill), election day " + plan.electionDay() + ", ruleset "
                + plan.ruleset().code());
        String e = "/registry/elections/" + electionId;

        List<UUID> unitIds = parallel.map(
                plan.units(),
                unit -> id(gateway.post(
                        e + "/electoral-units",
                        writerOf(unit),
                        Map.of(
                                "body",
                                unit.body(),
                                "number",
                                unit.number(),
                                "name",
                                unit.name(),
                                "seats",
                                unit.seats(),
                                "administrativeUnitCode",
                                unit.administrativeUnitCode()))));
        step.done("electoral units: " + countsByBody(plan));

        List<UUID> areaIds = parallel.map(plan.areas(), area -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", area.number());
            body.put("name", area.name());
            body.put("communeCode", area.communeCode());
            body.put("stationAddress", area.stationAddress());
            body.put("remote", area.remote());
            body.put("special", false);
            body.put("expectedVoters", area.voters());
            body.put(
                    "electoralUnitIds",
                    plan.bodies().stream()
                            .map(b -> unitIds.get(area.units().get(b)))
                            .toList());
            return id(gateway.post(e + "/polling-areas", tokens.committee(area.communeCode()), body));
        });
        step.done("polling areas: " + areaIds.size() + " ("
                + plan.areas().stream().filter(PollingAreaPlan::remote).count() + " remote, under 300 voters: PA-1)");

        Map<String, AdministrativeUnitPlan> places = plan.administrativeUnitsByCode();
        Map<String, List<PollingAreaPlan>> byProvince = plan.areas().stream()
                .collect(Collectors.groupingBy(
                        a -> AdministrativeUnitPlan.provinceOf(a.communeCode(), places),
                        LinkedHashMap::new,
                        Collectors.toList()));
        parallel.map(
                new ArrayList<>(byProvince.keySet()),
                province -> gateway.postCsv(
                        e + "/voters?province=" + province,
                        tokens.committee(province),
                        () -> voterCsv(plan, province, byProvince.get(province), areaIds)));
        step.done("voters: " + plan.voters() + " imported by " + byProvince.size() + " provincial committee(s)");

        // one area's list is finalized last, alone: once the tally knows it, it knows every earlier structure
        // event (one key per election, in order on the topic)
        List<PollingAreaPlan> areas = plan.areas();
        parallel.map(areas.subList(0, areas.size() - 1), area -> finalize(e, area, areaIds));
        finalize(e, areas.get(areas.size() - 1), areaIds);
        step.done("voter lists finalized: " + areas.size());

        List<List<UUID>> candidateIds = parallel.map(
                plan.units(),
                unit -> unit.candidates().stream()
                        .map(c -> id(gateway.post(
                                e + "/candidates", writerOf(unit), candidate(unitIds.get(unit.index()), unit, c))))
                        .toList());
        long candidates = candidateIds.stream().mapToLong(List::size).sum();
        step.done("candidates: " + candidates);
        List<ElectoralUnitPlan> units = plan.units();
        parallel.map(units.subList(0, units.size() - 1), unit -> publish(e, unit, unitIds));
        publish(e, units.get(units.size() - 1), unitIds);
        step.done("official candidate lists published (C-7): " + units.size());

        int organizations = organizations(plan, e, unitIds, areaIds);
        step.done("election organizations (committees, boards, teams): " + organizations);

        var loaded = new LoadedElection(plan, electionId, unitIds, areaIds, candidateIds);
        awaitTally(loaded);
        step.done("the tally knows every unit, list and voter count (from the registry's events)");
        return loaded;
    }

    private String writerOf(ElectoralUnitPlan unit) {
        return unit.body() == Body.NATIONAL_ASSEMBLY
                ? tokens.council()
                : tokens.committee(unit.administrativeUnitCode());
    }

    private JsonNode finalize(String e, PollingAreaPlan area, List<UUID> areaIds) {
        return gateway.post(
                e + "/polling-areas/" + areaIds.get(area.index()) + "/voter-list/finalization",
                tokens.committee(area.communeCode()),
                null);
    }

    private JsonNode publish(String e, ElectoralUnitPlan unit, List<UUID> unitIds) {
        return gateway.post(
                e + "/electoral-units/" + unitIds.get(unit.index()) + "/candidate-list", writerOf(unit), null);
    }

    /** A candidate's dossier; a council's candidates live in the council's administrative unit (C-4). */
    private static Map<String, Object> candidate(UUID unitId, ElectoralUnitPlan unit, CandidatePlan c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electoralUnitId", unitId);
        body.put("citizenId", c.citizenId());
        body.put("fullName", c.fullName());
        body.put("birthDate", c.birthDate().toString());
        body.put("gender", c.gender());
        body.put("ethnicity", c.ethnicity());
        body.put("religion", "Không");
        body.put("hometown", c.hometown());
        body.put("residence", c.residence());
        body.put("education", c.education());
        body.put("occupation", c.occupation());
        body.put("workplace", c.workplace());
        body.put("partyMember", c.partyMember());
        body.put("nomination", c.nomination());
        body.put("biography", c.biography());
        body.put("residenceCode", unit.administrativeUnitCode());
        return body;
    }

    /**
     * Committees (each made by the one above it: the council makes the provinces'), a board per unit, a team
     * per polling area (ORG-1); the awards service suggests them for commendation from their results.
     */
    private int organizations(ElectionPlan plan, String e, List<UUID> unitIds, List<UUID> areaIds) {
        Map<String, AdministrativeUnitPlan> places = plan.administrativeUnitsByCode();
        List<Map<String, Object>> committees = plan.administrativeUnits().stream()
                .map(place -> organization(
                        "ELECTION_COMMITTEE",
                        "Ủy ban bầu cử " + place.name(),
                        "administrativeUnitCode",
                        place.code(),
                        ElectionWorkers.of(
                                plan,
                                "committee " + place.code(),
                                place.parentCode() == null
                                        ? ElectionWorkers.COMMITTEE_OF_PROVINCE
                                        : ElectionWorkers.COMMITTEE,
                                "UBND " + place.name()),
                        place.parentCode() == null ? tokens.council() : tokens.committee(place.parentCode())))
                .toList();
        List<Map<String, Object>> boards = plan.units().stream()
                .map(unit -> organization(
                        "ELECTION_BOARD",
                        "Ban bầu cử " + unit.name() + " ("
                                + places.get(unit.administrativeUnitCode()).name() + ")",
                        "electoralUnitId",
                        unitIds.get(unit.index()),
                        ElectionWorkers.of(
                                plan,
                                "board " + unit.index(),
                                ElectionWorkers.boardSize(unit.body()),
                                "UBND "
                                        + places.get(unit.administrativeUnitCode())
                                                .name()),
                        tokens.committee(unit.administrativeUnitCode())))
                .toList();
        List<Map<String, Object>> teams = plan.areas().stream()
                .map(area -> organization(
                        "ELECTION_TEAM",
                        "Tổ bầu cử " + area.name() + ", "
                                + places.get(area.communeCode()).name(),
                        "pollingAreaId",
                        areaIds.get(area.index()),
                        ElectionWorkers.of(
                                plan,
                                "team " + area.index(),
                                ElectionWorkers.TEAM,
                                "Thôn " + area.number() + ", "
                                        + places.get(area.communeCode()).name()),
                        tokens.committee(area.communeCode())))
                .toList();
        List<Map<String, Object>> all = new ArrayList<>(committees);
        all.addAll(boards);
        all.addAll(teams);
        parallel.map(all, org -> gateway.post(e + "/organizations", (String) org.remove("token"), org));
        return all.size();
    }

    private static Map<String, Object> organization(
            String kind,
            String name,
            String placeField,
            Object place,
            List<ElectionWorkers.Member> members,
            String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put(placeField, place);
        body.put("members", members);
        body.put("token", token);
        return body;
    }

    /** Waits until the tally's read model holds the last list and the last voter count the registry published. */
    private void awaitTally(LoadedElection loaded) {
        ElectionPlan plan = loaded.plan();
        ElectoralUnitPlan lastUnit = plan.units().get(plan.units().size() - 1);
        PollingAreaPlan lastArea = plan.areas().get(plan.areas().size() - 1);
        ElectoralUnitPlan unitOfLastArea = plan.unitOf(lastArea, plan.bodies().get(0));
        String t = "/tally/elections/" + loaded.id() + "/units/";
        long deadline = System.nanoTime() + TALLY_PATIENCE.toNanos();
        while (true) {
            if (known(
                            () -> gateway.get(t + loaded.unitId(lastUnit), tokens.council()),
                            unit -> unit.path("candidates").size()
                                    == lastUnit.candidates().size())
                    && known(
                            () -> gateway.get(t + loaded.unitId(unitOfLastArea), tokens.council()),
                            unit -> areaListed(unit, loaded.areaId(lastArea)))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tally did not learn the election within " + TALLY_PATIENCE
                        + ": are registry and tally connected to the same Kafka?");
            }
            Gateway.sleep(Duration.ofMillis(500));
        }
    }

    private static boolean areaListed(JsonNode unit, UUID areaId) {
        for (JsonNode area : unit.path("pollingAreas")) {
            if (area.path("id").asText().equals(areaId.toString())) {
                return !area.path("voters").isNull() && !area.path("voters").isMissingNode();
            }
        }
        return false;
    }

    private static boolean known(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> test) {
        try {
            return test.test(read.get());
        } catch (vn.election.demo.api.ApiException notYet) {
            if (notYet.status() == 404) {
                return false;
            }
            throw notYet;
        }
    }

    /** The province's voter list, generated into a pipe while the request streams it out. */
    private static java.io.InputStream voterCsv(
            ElectionPlan plan, String province, List<PollingAreaPlan> areas, List<UUID> areaIds) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 16);
            PipedOutputStream pipe = new PipedOutputStream(in);
            Thread writer = new Thread(
                    () -> {
                        try (Writer w = new OutputStreamWriter(pipe, StandardCharsets.UTF_8)) {
                            VoterList.write(plan, province, areas, areaIds::get, w);
                        } catch (IOException ignored) {
                            // the request was abandoned; its own error is reported
                        }
                    },
                    "voter-list-" + province);
            writer.setDaemon(true);
            writer.start();
            return in;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String countsByBody(ElectionPlan plan) {
        return plan.bodies().stream()
                .map(b -> b + " " + plan.unitsOf(b).size() + " ("
                        + plan.unitsOf(b).stream()
                                .mapToInt(ElectoralUnitPlan::seats)
                                .sum() + " seats)")
                .collect(Collectors.joining(", "));
    }

    private static UUID id(JsonNode created) {
        return UUID.fromString(created.path("id").asText());
    }

    /** Prints each step with the time it took. */
    static final class Step {
        private final PrintStream out;
        private long started = System.nanoTime();

        Step(PrintStream out) {
            this.out = out;
        }

        void done(String what) {
            long now = System.nanoTime();
            out.printf("  %-90s %6.1f s%n", what, (now - started) / 1e9);
            out.flush();
            started = now;
        }
    }
}
