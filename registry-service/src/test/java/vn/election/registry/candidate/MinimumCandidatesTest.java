package vn.election.registry.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.election.events.Body;

/** The C-7 table itself: every seat count of a People's Council unit, and National Assembly units. */
class MinimumCandidatesTest {

    @Test
    void councilUnitsNeedOneTwoOrThreeMoreThanSeats_C7() {
        assertEquals(2, CandidateList.minimumCandidates(Body.COMMUNE_COUNCIL, 1));
        assertEquals(3, CandidateList.minimumCandidates(Body.DISTRICT_COUNCIL, 2));
        assertEquals(5, CandidateList.minimumCandidates(Body.PROVINCIAL_COUNCIL, 3));
        assertEquals(7, CandidateList.minimumCandidates(Body.PROVINCIAL_COUNCIL, 4));
        assertEquals(8, CandidateList.minimumCandidates(Body.COMMUNE_COUNCIL, 5));
    }

    @Test
    void naUnitsNeedTwoMoreThanSeats_C7() {
        assertEquals(3, CandidateList.minimumCandidates(Body.NATIONAL_ASSEMBLY, 1));
        assertEquals(5, CandidateList.minimumCandidates(Body.NATIONAL_ASSEMBLY, 3));
    }
}
