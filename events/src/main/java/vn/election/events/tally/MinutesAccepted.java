package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * Count minutes (biên bản kết quả kiểm phiếu) of one polling area and body passed every hard check
 * (CK-1..CK-9) and were stored. Topic {@code tally.minutes}, key: the polling area id.
 *
 * @param electionId    the election
 * @param pollingAreaId the polling area
 * @param body          the body
 * @param unitId        the electoral unit the polling area votes in for this body
 * @param version       1 for the first submission, higher for corrections
 * @param warnings      the ids of the warning checks it raised (e.g. {@code CK-4}); empty when clean
 * @param firstTimeRight true when version 1 was accepted with no warning: no correction was needed
 * @param onTime        true when accepted within the deadline for polling-area minutes (M-4, R-2: 3 days)
 * @param submittedBy   the organization that submitted it (null until authentication says who)
 * @param acceptedAt    when
 */
public record MinutesAccepted(
        UUID electionId,
        UUID pollingAreaId,
        Body body,
        UUID unitId,
        int version,
        List<String> warnings,
        boolean firstTimeRight,
        boolean onTime,
        UUID submittedBy,
        OffsetDateTime acceptedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.MinutesAccepted.v1";

    @Override
    public String topic() {
        return Topics.TALLY_MINUTES;
    }

    @Override
    public String key() {
        return pollingAreaId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
