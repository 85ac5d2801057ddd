package vn.election.demo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;

class BacKan2021Test {

    static final LocalDate SUNDAY = LocalDate.of(2021, 5, 23);
    static final ElectionPlan PLAN = BacKan2021.generate(2021, SUNDAY);

    @Test
    void theSameSeedGivesTheSameElectionAndAnotherSeedAnotherOne() {
        assertEquals(PLAN, BacKan2021.generate(2021, SUNDAY));
        ElectionPlan other = BacKan2021.generate(7, SUNDAY);
        assertNotEquals(PLAN.units().get(0).candidates(), other.units().get(0).candidates());
        assertEquals(PLAN.voters(), other.voters(), "the real figures do not depend on the seed");
    }

    @Test
    void theProvincialCouncilHasTheFourteenRealUnitsOfDomainSection11() {
        List<ElectoralUnitPlan> units = PLAN.unitsOf(Body.PROVINCIAL_COUNCIL);
        int[][] real = {
            {4, 7}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {4, 7}, {4, 7}, {3, 5}, {3, 5}, {4, 7}, {3, 5}, {5, 8},
            {5, 8}
        };
        assertEquals(14, units.size());
        for (int i = 0; i < real.length; i++) {
            assertEquals(i + 1, units.get(i).number());
            assertEquals(real[i][0], units.get(i).seats(), "seats of unit " + (i + 1));
            assertEquals(real[i][1], units.get(i).candidates().size(), "candidates of unit " + (i + 1));
        }
        assertEquals(50, units.stream().mapToInt(ElectoralUnitPlan::seats).sum());
        assertEquals(84, units.stream().mapToInt(u -> u.candidates().size()).sum());
    }

    @Test
    void theNationalAssemblyElectsSixInTwoUnitsOfThreeWithFiveCandidatesEach() {
        List<ElectoralUnitPlan> units = PLAN.unitsOf(Body.NATIONAL_ASSEMBLY);
        assertEquals(2, units.size());
        units.forEach(u -> {
            assertEquals(3, u.seats());
            assertEquals(5, u.candidates().size(), "C-7: NA needs seats + 2");
            assertEquals("06", u.administrativeUnitCode());
        });
    }

    @Test
    void votersPollingAreasAndTurnoutAreTheRealOnes() {
        assertEquals(763, PLAN.areas().size());
        assertEquals(231_861, PLAN.voters());
        assertEquals(231_384, PLAN.votedTarget());
        assertEquals(702, PLAN.areasAtFullTurnout());
        assertEquals(
                8,
                PLAN.administrativeUnits().stream()
                        .filter(a -> a.level().equals("DISTRICT"))
                        .count());
        assertEquals(
                108,
                PLAN.administrativeUnits().stream()
                        .filter(a -> a.level().equals("COMMUNE"))
                        .count());
    }

    @Test
    void districtCouncilsElect238AndCommuneCouncilsAbout1952() {
        assertEquals(
                238,
                PLAN.unitsOf(Body.DISTRICT_COUNCIL).stream()
                        .mapToInt(ElectoralUnitPlan::seats)
                        .sum());
        int commune = PLAN.unitsOf(Body.COMMUNE_COUNCIL).stream()
                .mapToInt(ElectoralUnitPlan::seats)
                .sum();
        assertTrue(commune > 1_900 && commune <= 1_952, commune + " commune seats");
    }

    /** C-7 by its table (HĐBCQG 45): 1→2, 2→3, 3→5, 4→7, 5→8; NA seats + 2; EU-2 caps 3 (NA) and 5. */
    @Test
    void everyUnitHasTheFewestCandidatesC7AllowsAndAtMostTheSeatsEu2Allows() {
        Map<Integer, Integer> council = Map.of(1, 2, 2, 3, 3, 5, 4, 7, 5, 8);
        for (ElectoralUnitPlan u : PLAN.units()) {
            boolean na = u.body() == Body.NATIONAL_ASSEMBLY;
            assertTrue(u.seats() >= 1 && u.seats() <= (na ? 3 : 5), u.name() + ": EU-2");
            int minimum = na ? u.seats() + 2 : council.get(u.seats());
            assertTrue(u.candidates().size() >= minimum, u.name() + " of " + u.administrativeUnitCode() + ": C-7");
            assertEquals(minimum, CandidateMinimum.of(u.body(), u.seats()));
        }
    }

    /** PA-4: each area lies in exactly one unit per body, and that unit's place contains its commune; PA-1. */
    @Test
    void everyPollingAreaVotesInOneUnitPerBodyThatContainsItsCommune() {
        Map<String, AdministrativeUnitPlan> places = PLAN.administrativeUnitsByCode();
        Set<Integer> unitsWithAreas = new HashSet<>();
        for (PollingAreaPlan area : PLAN.areas()) {
            assertEquals(Set.copyOf(PLAN.bodies()), area.units().keySet());
            for (Body body : PLAN.bodies()) {
                ElectoralUnitPlan unit = PLAN.unitOf(area, body);
                assertEquals(body, unit.body());
                unitsWithAreas.add(unit.index());
                String home = unit.administrativeUnitCode();
                String commune = area.communeCode();
                String district = places.get(commune).parentCode();
                assertTrue(home.equals(commune) || home.equals(district) || home.equals("06"), area + " in " + unit);
            }
            assertTrue(area.voters() <= 4_000, "PA-1");
            assertEquals(area.voters() < 300, area.remote(), "PA-1: fewer than 300 only when remote");
        }
        assertEquals(PLAN.units().size(), unitsWithAreas.size(), "no unit without a polling area");
    }

    @Test
    void exactlyOneUnitIsShortOfWinnersACommuneUnitInChoDon() {
        List<ElectoralUnitPlan> short_ =
                PLAN.units().stream().filter(ElectoralUnitPlan::shortOfWinners).toList();
        assertEquals(1, short_.size());
        ElectoralUnitPlan unit = short_.get(0);
        assertEquals(Body.COMMUNE_COUNCIL, unit.body());
        assertEquals(
                "064",
                PLAN.administrativeUnitsByCode()
                        .get(unit.administrativeUnitCode())
                        .parentCode());
        assertTrue(unit.seats() >= 2, "W-5 needs a unit where one winner is under two thirds of the seats");
    }

    /** C-1 (21 on election day), unique citizen ids across filings, both sexes; C-8 is reported by the registry. */
    @Test
    void candidatesAreAdultsWithUniqueIdsAndBothSexes() {
        Set<String> ids = new HashSet<>();
        long women = 0;
        long all = 0;
        for (ElectoralUnitPlan u : PLAN.units()) {
            for (CandidatePlan c : u.candidates()) {
                assertTrue(ids.add(c.citizenId()), "duplicate " + c.citizenId());
                assertTrue(c.citizenId().matches("\\d{12}"));
                assertFalse(c.birthDate().plusYears(21).isAfter(SUNDAY), "C-1: " + c);
                women += c.gender() == CandidatePlan.Gender.FEMALE ? 1 : 0;
                all++;
            }
        }
        assertTrue(women > all * 0.3 && women < all * 0.5, women + " women of " + all);
    }

    /** V-1 (18 on election day), V-4 (one list per citizen), every area's count, 12-digit ids. */
    @Test
    void theVoterListHasEveryVoterOnceAllAdults() throws IOException {
        StringWriter csv = new StringWriter();
        UUID[] ids = PLAN.areas().stream()
                .map(a -> UUID.nameUUIDFromBytes(("area" + a.index()).getBytes()))
                .toArray(UUID[]::new);
        VoterList.write(PLAN, "06", PLAN.areas(), i -> ids[i], csv);
        String[] rows = csv.toString().split("\n");
        assertEquals(VoterList.HEADER, rows[0]);
        assertEquals(231_861, rows.length - 1);
        Set<String> citizens = new HashSet<>();
        Map<String, Integer> perArea = new java.util.HashMap<>();
        LocalDate adult = SUNDAY.minusYears(18);
        for (int i = 1; i < rows.length; i++) {
            String[] f = rows[i].split(",", -1);
            assertTrue(f[0].matches("006\\d{9}"), f[0]);
            assertTrue(citizens.add(f[0]), "V-4: " + f[0] + " twice");
            assertFalse(LocalDate.parse(f[2]).isAfter(adult), "V-1: " + rows[i]);
            assertEquals("PERMANENT", f[3]);
            assertEquals("", f[4], "V-2: no one excluded");
            perArea.merge(f[5], 1, Integer::sum);
        }
        for (PollingAreaPlan area : PLAN.areas()) {
            assertEquals(area.voters(), perArea.get(ids[area.index()].toString()));
        }
    }

    /** ORG-3: election workers are 57-70, candidates 25-56, so no one (by citizen id) sits where they stand. */
    @Test
    void electionWorkersAreNeverCandidates() {
        Set<String> candidates = new HashSet<>();
        PLAN.units().forEach(u -> u.candidates().forEach(c -> candidates.add(c.citizenId())));
        for (int i = 0; i < 200; i++) {
            for (ElectionWorkers.Member m : ElectionWorkers.of(PLAN, "team " + i, ElectionWorkers.TEAM, "x")) {
                assertFalse(candidates.contains(m.citizenId()));
                assertTrue(m.birthDate().plusYears(57).compareTo(SUNDAY) <= 0);
            }
        }
    }
}
