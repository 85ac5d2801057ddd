package vn.election.demo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;
import vn.election.events.Ruleset;

class NationalSyntheticTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 15);

    @Test
    void aSmallNationHasTheShapeOfTheLargeOne() {
        ElectionPlan plan = NationalSynthetic.generate(1, SUNDAY, 2, 60, 500);
        assertEquals(Ruleset.R2026, plan.ruleset());
        assertEquals(List.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL, Body.COMMUNE_COUNCIL), plan.bodies());
        assertEquals(60, plan.areas().size());
        assertEquals(60L * 500, plan.voters(), "voters per area vary but add up to areas × voters-per-area");
        assertEquals(
                2,
                plan.administrativeUnits().stream()
                        .filter(a -> a.parentCode() == null)
                        .count());
        for (PollingAreaPlan area : plan.areas()) {
            assertEquals(3, area.units().size(), "PA-4: one unit per body of the 2026 ruleset");
        }
        for (ElectoralUnitPlan u : plan.units()) {
            assertTrue(u.candidates().size() >= CandidateMinimum.of(u.body(), u.seats()), "C-7");
            assertTrue(!plan.areasOf(u).isEmpty(), u.name() + " has polling areas");
        }
        assertEquals(plan, NationalSynthetic.generate(1, SUNDAY, 2, 60, 500));
    }

    @Test
    void theFullScaleHas85000AreasAndAbout182NationalAssemblyUnits() {
        ElectionPlan plan = NationalSynthetic.generate(1, SUNDAY, 34, 85_000, 900);
        assertEquals(85_000, plan.areas().size());
        assertEquals(76_500_000L, plan.voters());
        int na = plan.unitsOf(Body.NATIONAL_ASSEMBLY).size();
        assertTrue(na >= 160 && na <= 200, na + " NA units");
    }
}
