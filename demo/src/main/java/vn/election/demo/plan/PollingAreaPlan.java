package vn.election.demo.plan;

import java.util.Map;
import vn.election.events.Body;

/**
 * A polling area (khu vực bỏ phiếu) with its number of voters and the unit it votes in per body (PA-4).
 *
 * @param index  its position in {@link ElectionPlan#areas()}
 * @param remote a mountain or sparse area, allowed fewer than 300 voters (PA-1)
 * @param units  per body, the index of its electoral unit in {@link ElectionPlan#units()}
 */
public record PollingAreaPlan(
        int index,
        String communeCode,
        int number,
        String name,
        String stationAddress,
        int voters,
        boolean remote,
        Map<Body, Integer> units) {}
