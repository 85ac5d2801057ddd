package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The National Election Council annulled the result of a polling area or of a whole electoral unit for one
 * body, for a serious violation (W-6): the unit goes to a bầu lại with the same list (D-10), even when it was
 * certified (D-11). Topic {@code tally.results}, key: the unit id.
 *
 * @param pollingAreaId     the polling area whose result is annulled; null when the whole unit's is
 * @param round             the round whose result is annulled
 * @param priorStatus       the unit's state before, e.g. FINAL when its certification is lifted (D-11)
 * @param proposedBy        the provincial committee that proposed it (for the NA), when recorded
 * @param proposalReference the reference of that proposal, when recorded
 * @param annulledBy        the organization of the council that decided, when the token names it
 */
public record UnitResultAnnulled(
        UUID electionId,
        UUID annulmentId,
        UUID unitId,
        Body body,
        UUID pollingAreaId,
        int round,
        String reason,
        UnitStatus priorStatus,
        UUID proposedBy,
        String proposalReference,
        UUID annulledBy,
        OffsetDateTime annulledAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.UnitResultAnnulled.v1";

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
