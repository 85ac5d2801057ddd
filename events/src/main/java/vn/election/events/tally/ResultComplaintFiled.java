package vn.election.events.tally;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A complaint about the results of an electoral unit was filed within its window (R-2, D-17) and assigned to the
 * body that must settle it. It carries no personal data of the complainant. Topic {@code tally.announcements},
 * key: the election id.
 *
 * @param resolver       who settles it: {@code nation} (the National Election Council) or {@code admin-unit:<code>}
 *                       (the committee of the council's level)
 * @param resolutionDue  the last day to settle it
 */
public record ResultComplaintFiled(
        UUID complaintId,
        UUID electionId,
        UUID unitId,
        Body body,
        String resolver,
        OffsetDateTime filedAt,
        LocalDate resolutionDue)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.ResultComplaintFiled.v1";

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
