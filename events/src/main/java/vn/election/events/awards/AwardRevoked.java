package vn.election.events.awards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An award was revoked (K-12): the decision is cancelled for the nominee and the object and money are
 * recovered. Topic {@code awards.decisions}, key: the decision id.
 */
public record AwardRevoked(UUID decisionId, UUID nomineeId, String reason, LocalDate revokedOn) {

    public static final String TYPE = "vn.election.awards.AwardRevoked.v1";
}
