package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * A national-scale synthetic election under the 2026 ruleset (NA, provincial and commune councils; no
 * districts): {@code provinces} provinces sharing {@code areas} polling areas of about {@code votersPerArea}
 * voters, about 22 areas per commune, NA units of 3 seats at the national ratio of 182 units to 85,000 areas,
 * provincial councils of about 60 seats and commune councils of about 20, with the fewest candidates C-7
 * allows. Turnout as in 2026: 99.68 %, about half the areas at 100 %. Province codes are synthetic (10 on).
 */
public final class NationalSynthetic {

    private static final int FIRST_PROVINCE_CODE = 10;
    private static final int AREAS_PER_COMMUNE = 22;
    private static final double NA_UNITS_PER_AREA = 182.0 / 85_000;
    private static final int PROVINCIAL_SEATS_PER_2500_AREAS = 60;
    private static final int COMMUNE_SEATS = 20;
    private static final int MOST_SEATS = 5;
    private static final double TURNOUT = 76_188_970.0 / 76_436_561;
    private static final double FULL_TURNOUT_SHARE = 0.5;

    private NationalSynthetic() {}

    public static ElectionPlan generate(long seed, LocalDate electionDay, int provinces, int areas, int votersPerArea) {
        if (provinces < 1 || provinces > 89 || areas < provinces) {
            throw new IllegalArgumentException("need 1..89 provinces and at least one polling area per province");
        }
        var b = new PlanBuilder(
                "Bầu cử đại biểu Quốc hội và HĐND các cấp, toàn quốc (demo tổng hợp, " + areas
                        + " khu vực bỏ phiếu, seed " + seed + ")",
                Ruleset.R2026,
                seed,
                electionDay);
        int[] areasPerProvince = Apportion.largestRemainder(areas, ones(provinces), 1);
        for (int p = 0; p < provinces; p++) {
            String code = String.valueOf(FIRST_PROVINCE_CODE + p);
            AdministrativeUnitPlan province =
                    b.place(code, "Tỉnh Tổng Hợp " + code, AdministrativeUnitPlan.PROVINCE, null);
            int provinceAreas = areasPerProvince[p];
            int communeCount = Math.max(1, Math.round((float) provinceAreas / AREAS_PER_COMMUNE));
            int[] areasPerCommune = Apportion.largestRemainder(provinceAreas, ones(communeCount), 1);
            List<List<PollingAreaPlan>> areasByCommune = new ArrayList<>();
            for (int c = 0; c < communeCount; c++) {
                AdministrativeUnitPlan commune = b.place(
                        String.format("%s%03d", code, c + 1),
                        "Xã Tổng Hợp " + (c + 1),
                        AdministrativeUnitPlan.COMMUNE,
                        code);
                int[] voters = b.voterCounts((long) votersPerArea * areasPerCommune[c], areasPerCommune[c], 0.1);
                List<PollingAreaPlan> own = b.pollingAreas(commune, voters);
                areasByCommune.add(own);
                int seats = Math.min(COMMUNE_SEATS, MOST_SEATS * own.size());
                List<Integer> unitSeats = Apportion.evenly(seats, PlanBuilder.ceilDiv(seats, MOST_SEATS));
                b.units(
                        Body.COMMUNE_COUNCIL,
                        commune,
                        unitSeats,
                        Apportion.contiguous(own, unitSeats),
                        "Đơn vị bầu cử HĐND xã");
            }
            List<Integer> communes =
                    java.util.stream.IntStream.range(0, communeCount).boxed().toList();
            int naUnits = Math.min(communeCount, Math.max(1, (int) Math.round(provinceAreas * NA_UNITS_PER_AREA)));
            List<Integer> naSeats = new ArrayList<>(java.util.Collections.nCopies(naUnits, 3));
            b.units(
                    Body.NATIONAL_ASSEMBLY,
                    province,
                    naSeats,
                    PlanBuilder.areasOfGroups(Apportion.contiguous(communes, naSeats), areasByCommune),
                    "Đơn vị bầu cử đại biểu Quốc hội");
            int provincialSeats = Math.max(MOST_SEATS, PROVINCIAL_SEATS_PER_2500_AREAS * provinceAreas / 2500);
            int provincialUnits = Math.min(communeCount, PlanBuilder.ceilDiv(provincialSeats, MOST_SEATS));
            List<Integer> seats =
                    Apportion.evenly(Math.min(provincialSeats, MOST_SEATS * provincialUnits), provincialUnits);
            b.units(
                    Body.PROVINCIAL_COUNCIL,
                    province,
                    seats,
                    PlanBuilder.areasOfGroups(Apportion.contiguous(communes, seats), areasByCommune),
                    "Đơn vị bầu cử HĐND tỉnh");
        }
        return b.build(TURNOUT, FULL_TURNOUT_SHARE);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
