package vn.election.events.awards;

import java.time.LocalDate;
import java.util.UUID;

/** An award of a decision was handed over (trao tặng). Topic {@code awards.decisions}, key: the decision id. */
public record AwardConferred(UUID decisionId, UUID nomineeId, LocalDate conferredOn) {

    public static final String TYPE = "vn.election.awards.AwardConferred.v1";
}
