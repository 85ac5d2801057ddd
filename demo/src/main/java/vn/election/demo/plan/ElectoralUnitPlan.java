package vn.election.demo.plan;

import java.util.List;
import vn.election.events.Body;

/**
 * An electoral unit (đơn vị bầu cử) of one body with its official candidate list.
 *
 * @param index                  its position in {@link ElectionPlan#units()}
 * @param administrativeUnitCode the province for NA and provincial units, the district or commune for theirs (EU-1)
 * @param shortOfWinners         the unit whose voters cross out most names, so that too few candidates reach
 *                               half of the valid votes (W-2) and it needs an additional election (W-5)
 */
public record ElectoralUnitPlan(
        int index,
        Body body,
        int number,
        String name,
        int seats,
        String administrativeUnitCode,
        List<CandidatePlan> candidates,
        boolean shortOfWinners) {}
