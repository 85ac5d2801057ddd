package vn.election.events.tally;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A deputy elected in a certified unit left during the term: one seat of the body is missing until a
 * by-election (W-7, D-13). Topic {@code tally.results}, key: the unit the deputy was elected in.
 *
 * @param recordedBy the organization that recorded it, when the token names it
 */
public record DeputyVacancyRecorded(
        UUID electionId,
        UUID vacancyId,
        UUID unitId,
        Body body,
        UUID candidateId,
        LocalDate leftOn,
        String reason,
        UUID recordedBy,
        OffsetDateTime recordedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.DeputyVacancyRecorded.v1";

    @Override
    public String topic() {
        return Topics.TALLY_RESULTS;
    }

    @Override
    public String key() {
        return unitId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
