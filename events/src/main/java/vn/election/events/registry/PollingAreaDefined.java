package vn.election.events.registry;

import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A polling area (khu vực bỏ phiếu) and the electoral unit it belongs to for each body of its election
 * (PA-4: exactly one per body). Topic {@code registry.structure}, key: the election id.
 *
 * @param electionId  the election
 * @param pollingAreaId the registry's id of the polling area
 * @param number      its number within the commune
 * @param name        its name, NFC
 * @param communeCode the commune (xã, phường, đặc khu) it lies in (PA-3)
 * @param unitByBody  for each body of the election, the electoral unit the polling area votes in
 * @param remote      mountain, island or sparse area: fewer than 300 voters allowed (PA-1)
 * @param special     a separate area for armed forces, hospitals, detention ... (PA-2)
 */
public record PollingAreaDefined(
        UUID electionId,
        UUID pollingAreaId,
        int number,
        String name,
        String communeCode,
        Map<Body, UUID> unitByBody,
        boolean remote,
        boolean special)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.PollingAreaDefined.v1";

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
