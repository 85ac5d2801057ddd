package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A complaint about the results of an electoral unit was settled: upheld with the remedy it orders, or
 * dismissed. The remedy is only ordered here: an annulment is carried out by the council separately. Topic
 * {@code tally.announcements}, key: the election id.
 *
 * @param remedy    the remedy ordered when upheld; null when dismissed
 * @param decidedBy the organization that decided, when the token names it
 * @param onTime    settled by its resolution deadline
 */
public record ResultComplaintResolved(
        UUID complaintId,
        UUID electionId,
        UUID unitId,
        Body body,
        ComplaintOutcome outcome,
        ComplaintRemedy remedy,
        String reason,
        UUID decidedBy,
        OffsetDateTime decidedAt,
        boolean onTime)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.ResultComplaintResolved.v1";

    @Override
    public String topic() {
        return Topics.TALLY_ANNOUNCEMENTS;
    }

    @Override
    public String key() {
        return electionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
