package vn.election.registry.candidate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * ORG-3 seen from a filing: the election organization of an electoral unit (its board, or the team of one of its
 * polling areas) on which a person sits. The organization package answers it; filing a candidate needs no more of
 * it than this.
 */
public interface OrganizationSeats {

    /** The name of the organization of {@code electoralUnitId} on which this person sits, if any. */
    Optional<String> seatInUnit(UUID electoralUnitId, String fullName, LocalDate birthDate);
}
