package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;

/**
 * The competent committee certified a unit's result; it can no longer change. Topic
 * {@code tally.results}, key: the unit id.
 */
public record UnitResultCertified(
        UUID electionId, UUID unitId, Body body, UUID certifiedBy, OffsetDateTime certifiedAt) {

    public static final String TYPE = "vn.election.tally.UnitResultCertified.v1";
}
