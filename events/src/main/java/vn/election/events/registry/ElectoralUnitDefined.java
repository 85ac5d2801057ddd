package vn.election.events.registry;

import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * An electoral unit (đơn vị bầu cử) of one body, with its seats (EU-1, EU-2). Topic
 * {@code registry.structure}, key: the election id.
 *
 * @param electionId             the election
 * @param unitId                 the registry's id of the unit
 * @param body                   the body it elects deputies to
 * @param number                 its number within the body and administrative unit ("Đơn vị bầu cử số 3")
 * @param name                   its name, NFC
 * @param seats                  deputies to elect: at most 3 for NA, 5 for People's Councils (EU-2)
 * @param administrativeUnitCode the administrative unit whose body this is (the province for NA and
 *                               provincial councils, the commune for commune councils)
 */
public record ElectoralUnitDefined(
        UUID electionId, UUID unitId, Body body, int number, String name, int seats, String administrativeUnitCode)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.ElectoralUnitDefined.v1";

    @Override
    public String topic() {
        return Topics.REGISTRY_STRUCTURE;
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
