package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * Builds an {@link ElectionPlan} step by step from one seeded random source, so that the same seed and the
 * same calls give the same election. Shared by the Bắc Kạn model and the national synthetic one.
 */
final class PlanBuilder {

    /** Below this a polling area is only allowed in a remote place (PA-1). */
    static final int FEWEST_VOTERS = 300;
    /** Women among candidates; the registry reports the share on the official lists against C-8. */
    private static final double WOMEN_SHARE = 0.4;

    private final String name;
    private final Ruleset ruleset;
    private final long seed;
    private final LocalDate electionDay;
    final SplittableRandom random;
    private final List<AdministrativeUnitPlan> administrative = new ArrayList<>();
    private final Map<String, AdministrativeUnitPlan> administrativeByCode = new java.util.HashMap<>();
    private final List<ElectoralUnitPlan> units = new ArrayList<>();
    private final List<PollingAreaPlan> areas = new ArrayList<>();
    private final Map<String, People> candidatesByProvince = new java.util.HashMap<>();

    PlanBuilder(String name, Ruleset ruleset, long seed, LocalDate electionDay) {
        this.name = name;
        this.ruleset = ruleset;
        this.seed = seed;
        this.electionDay = electionDay;
        this.random = new SplittableRandom(seed);
    }

    AdministrativeUnitPlan place(String code, String placeName, String level, String parentCode) {
        var unit = new AdministrativeUnitPlan(code, placeName, level, parentCode);
        administrative.add(unit);
        administrativeByCode.put(code, unit);
        return unit;
    }

    /** The polling areas of a commune, one per voter count; a small one is marked remote (PA-1). */
    List<PollingAreaPlan> pollingAreas(AdministrativeUnitPlan commune, int[] voters) {
        List<PollingAreaPlan> made = new ArrayList<>(voters.length);
        for (int i = 0; i < voters.length; i++) {
            int number = i + 1;
            var area = new PollingAreaPlan(
                    areas.size(),
                    commune.code(),
                    number,
                    "Khu vực bỏ phiếu số " + number,
                    "Nhà văn hóa thôn " + number + ", " + commune.name(),
                    voters[i],
                    voters[i] < FEWEST_VOTERS,
                    new EnumMap<>(Body.class));
            areas.add(area);
            made.add(area);
        }
        return made;
    }

    /**
     * The units of one body in one administrative unit, numbered from 1, each with the polling areas of its
     * group and the fewest candidates C-7 allows.
     */
    List<ElectoralUnitPlan> units(
            Body body,
            AdministrativeUnitPlan home,
            List<Integer> seats,
            List<List<PollingAreaPlan>> groups,
            String namePrefix) {
        List<ElectoralUnitPlan> made = new ArrayList<>(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            made.add(unit(
                    body,
                    home,
                    i + 1,
                    seats.get(i),
                    CandidateMinimum.of(body, seats.get(i)),
                    groups.get(i),
                    namePrefix));
        }
        return made;
    }

    ElectoralUnitPlan unit(
            Body body,
            AdministrativeUnitPlan home,
            int number,
            int seats,
            int candidates,
            List<PollingAreaPlan> group,
            String namePrefix) {
        People people = candidatesByProvince.computeIfAbsent(
                AdministrativeUnitPlan.provinceOf(home.code(), administrativeByCode),
                code -> new People(random.split(), code, 900_000));
        List<CandidatePlan> list = new ArrayList<>(candidates);
        for (int c = 0; c < candidates; c++) {
            list.add(people.candidate(electionDay, WOMEN_SHARE, home.name(), "Ủy ban nhân dân " + home.name()));
        }
        // below the province, the place is part of the name: there is a unit number 1 in every commune
        String name = namePrefix + " số " + number + (home.parentCode() == null ? "" : ", " + home.name());
        var unit =
                new ElectoralUnitPlan(units.size(), body, number, name, seats, home.code(), List.copyOf(list), false);
        units.add(unit);
        group.forEach(area -> area.units().put(body, unit.index()));
        return unit;
    }

    /** Marks one unit as the one whose voters cross out most names (see {@link ElectoralUnitPlan#shortOfWinners}). */
    void shortOfWinners(ElectoralUnitPlan unit) {
        units.set(
                unit.index(),
                new ElectoralUnitPlan(
                        unit.index(),
                        unit.body(),
                        unit.number(),
                        unit.name(),
                        unit.seats(),
                        unit.administrativeUnitCode(),
                        unit.candidates(),
                        true));
    }

    /** Voter counts for {@code n} areas adding up to {@code total}, varied around the mean. */
    int[] voterCounts(long total, int n, double spread) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + spread * (random.nextDouble() * 2 - 1);
        }
        return Apportion.largestRemainder(total, weights, 1);
    }

    ElectionPlan build(double turnout, double fullTurnoutShare) {
        long voters = areas.stream().mapToLong(PollingAreaPlan::voters).sum();
        long voted = Math.round(voters * turnout);
        int full = (int) Math.max(Math.round(areas.size() * fullTurnoutShare), areas.size() - (voters - voted));
        List<PollingAreaPlan> frozen = areas.stream()
                .map(a -> new PollingAreaPlan(
                        a.index(),
                        a.communeCode(),
                        a.number(),
                        a.name(),
                        a.stationAddress(),
                        a.voters(),
                        a.remote(),
                        Map.copyOf(a.units())))
                .toList();
        return new ElectionPlan(
                name,
                ruleset,
                electionDay,
                List.copyOf(ruleset.bodies()),
                seed,
                List.copyOf(administrative),
                List.copyOf(units),
                frozen,
                voted,
                Math.min(full, areas.size()));
    }

    /** The polling areas of each group of communes, given by their positions in {@code areasByCommune}. */
    static List<List<PollingAreaPlan>> areasOfGroups(
            List<List<Integer>> communeGroups, List<List<PollingAreaPlan>> areasByCommune) {
        return communeGroups.stream()
                .map(g ->
                        g.stream().flatMap(c -> areasByCommune.get(c).stream()).toList())
                .toList();
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
