package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * A whole generated election: its places, units with candidates, polling areas with their voter counts,
 * and the turnout the day should reach. Everything is a pure function of the seed.
 *
 * @param votedTarget        voters who vote by the close, over all areas
 * @param areasAtFullTurnout polling areas where every listed voter votes
 */
public record ElectionPlan(
        String name,
        Ruleset ruleset,
        LocalDate electionDay,
        List<Body> bodies,
        long seed,
        List<AdministrativeUnitPlan> administrativeUnits,
        List<ElectoralUnitPlan> units,
        List<PollingAreaPlan> areas,
        long votedTarget,
        int areasAtFullTurnout) {

    public long voters() {
        return areas.stream().mapToLong(PollingAreaPlan::voters).sum();
    }

    public List<ElectoralUnitPlan> unitsOf(Body body) {
        return units.stream().filter(u -> u.body() == body).toList();
    }

    public ElectoralUnitPlan unitOf(PollingAreaPlan area, Body body) {
        return units.get(area.units().get(body));
    }

    public List<PollingAreaPlan> areasOf(ElectoralUnitPlan unit) {
        return areas.stream()
                .filter(a -> a.units().get(unit.body()) == unit.index())
                .toList();
    }

    public Map<String, AdministrativeUnitPlan> administrativeUnitsByCode() {
        return administrativeUnits.stream()
                .collect(Collectors.toMap(AdministrativeUnitPlan::code, Function.identity()));
    }
}
