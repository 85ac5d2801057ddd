package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The competent body decided a tie at the last seat between candidates born on the same day, which the law
 * does not settle (W-4, D-6, D-9). Topic {@code tally.results}, key: the unit id.
 *
 * @param electionId the election
 * @param unitId     the electoral unit
 * @param body       the body
 * @param round      the round whose tie it decided
 * @param tied       the candidates that tied
 * @param chosen     those it gave the remaining seats to
 * @param reason     the decision's reason, as the body wrote it
 * @param status     the unit's state after the decision
 * @param elected    every winner of the round, the chosen included
 * @param decidedBy  the organization that decided, when the token names one
 * @param decidedAt  when
 */
public record TieDecided(
        UUID electionId,
        UUID unitId,
        Body body,
        int round,
        List<UUID> tied,
        List<UUID> chosen,
        String reason,
        UnitStatus status,
        List<UUID> elected,
        UUID decidedBy,
        OffsetDateTime decidedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.TieDecided.v1";

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
