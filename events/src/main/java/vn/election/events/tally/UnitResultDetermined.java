package vn.election.events.tally;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The result of an electoral unit for one body and round was determined from all its polling areas'
 * minutes (M-5, W-1..W-8). Topic {@code tally.results}, key: the unit id.
 *
 * @param electionId the election
 * @param unitId     the electoral unit
 * @param body       the body
 * @param round      1 for the election, 2 for a bầu thêm or bầu lại (never a third, W-5/W-6)
 * @param status     the unit's state after this round, with {@code reason} citing the rule
 * @param reason     why, with the rule id (e.g. "W-5: 1 of 2 seats filled, below two thirds")
 * @param seats      seats of the unit
 * @param elected    the winners' candidate ids, in order of votes
 * @param determinedAt when
 */
public record UnitResultDetermined(
        UUID electionId,
        UUID unitId,
        Body body,
        int round,
        UnitStatus status,
        String reason,
        int seats,
        List<UUID> elected,
        OffsetDateTime determinedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.UnitResultDetermined.v1";

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
