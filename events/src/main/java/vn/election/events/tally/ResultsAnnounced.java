package vn.election.events.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The competent body announced the results of a body in its jurisdiction (R-2, D-14): the units announced, whose
 * results are locked from then on, and the list of the elected (danh sách người trúng cử). An announcement after its
 * deadline still happens, marked late (D-15). Topic {@code tally.announcements}, key: the election id.
 *
 * @param announcementId     the announcement
 * @param electionId         the election
 * @param body               the body whose results are announced
 * @param administrativeUnit the council's administrative unit; null for the National Assembly
 * @param announcedBy        the organization that announced, when the token names it
 * @param announcedAt        when
 * @param deadline           the last day of the announcement, in the election's time zone
 * @param late               announced after {@code deadline} (D-15)
 * @param units              the electoral units announced
 * @param elected            the elected, unit by unit, most votes first
 */
public record ResultsAnnounced(
        UUID announcementId,
        UUID electionId,
        Body body,
        String administrativeUnit,
        UUID announcedBy,
        OffsetDateTime announcedAt,
        LocalDate deadline,
        boolean late,
        List<UUID> units,
        List<Deputy> elected)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.ResultsAnnounced.v1";

    /**
     * One person elected (người trúng cử).
     *
     * @param votes          the votes of the round that elected them
     * @param percentOfValid their share of that round's valid ballots (M-8)
     * @param round          1, or 2 for a bầu thêm or bầu lại
     */
    public record Deputy(
            UUID unitId, UUID candidateId, String fullName, long votes, BigDecimal percentOfValid, int round) {}

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
