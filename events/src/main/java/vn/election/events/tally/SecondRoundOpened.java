package vn.election.events.tally;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The competent body opened a unit's second round (D-8, D-9): a bầu thêm (W-5) or a bầu lại (W-6). Until
 * then the unit waits in NEEDS_ADDITIONAL_ELECTION or NEEDS_REPEAT_ELECTION; from now on its minutes are
 * those of round 2. Topic {@code tally.results}, key: the unit id.
 *
 * @param electionId   the election
 * @param unitId       the electoral unit
 * @param body         the body
 * @param round        always 2: there is no third round (W-8)
 * @param kind         {@code ADDITIONAL} (bầu thêm) or {@code REPEAT} (bầu lại)
 * @param date         the day it is held, within the ruleset's period after election day
 * @param seats        the seats it fills: those left empty (W-5) or all of the unit's (W-6)
 * @param ballot       the candidates on its ballot: the first list's not elected (W-5) or the same list (W-6)
 * @param proposal     the reference of the proposal it was opened on (an NA unit: the provincial committee's),
 *                     or null
 * @param openedBy     the organization that opened it, when the token names one
 * @param openedAt     when
 */
public record SecondRoundOpened(
        UUID electionId,
        UUID unitId,
        Body body,
        int round,
        String kind,
        LocalDate date,
        int seats,
        List<UUID> ballot,
        String proposal,
        UUID openedBy,
        OffsetDateTime openedAt)
        implements DomainEvent {

    public static final String TYPE = "vn.election.tally.SecondRoundOpened.v1";

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
