package vn.election.registry.candidate;

import java.util.List;
import java.util.UUID;

/**
 * ORG-3 seen from a candidacy: the election organizations of an electoral unit (its board, or the team of one of
 * its polling areas) on which a person sits. The organization package answers it; the candidate package needs no
 * more of it than this.
 */
public interface OrganizationSeats {

    /** An organization a person sits on. */
    record Seat(UUID organizationId, String name) {}

    /** The organizations of {@code electoralUnitId} on which the person of {@code citizenId} sits. */
    List<Seat> seatsInUnit(UUID electoralUnitId, String citizenId);
}
