package vn.election.events.tally;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A by-election during the term (bầu cử bổ sung) was defined, its conditions met (W-7). Topic
 * {@code tally.results}, key: the election id, as it may concern several units.
 *
 * @param administrativeUnitCode the council's administrative unit; null for the NA
 * @param unitIds                the electoral units where it is held; empty for a new administrative unit
 * @param seats                  the seats of the body (of the new unit's council, for that ground)
 * @param sitting                the deputies sitting on the day it was defined
 * @param definedBy              the organization that defined it, when the token names it
 */
public record ByElectionDefined(
        UUID electionId,
        UUID byElectionId,
        Body body,
        String administrativeUnitCode,
        ByElectionGround ground,
        LocalDate date,
        List<UUID> unitIds,
        int seats,
        int sitting,
        UUID definedBy,
        OffsetDateTime definedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.ByElectionDefined.v1";

    @Override
    public String topic() {
        return Topics.TALLY_RESULTS;
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
