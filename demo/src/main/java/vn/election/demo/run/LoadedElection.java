package vn.election.demo.run;

import java.util.List;
import java.util.UUID;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.PollingAreaPlan;

/**
 * A plan as the registry knows it: the ids it gave the election, each unit, each polling area and each
 * candidate (per unit, in list order).
 */
public record LoadedElection(
        ElectionPlan plan, UUID id, List<UUID> unitIds, List<UUID> areaIds, List<List<UUID>> candidateIds) {

    public UUID unitId(ElectoralUnitPlan unit) {
        return unitIds.get(unit.index());
    }

    public UUID areaId(PollingAreaPlan area) {
        return areaIds.get(area.index());
    }
}
