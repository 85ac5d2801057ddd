package vn.election.events.registry;

import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * An administrative unit (đơn vị hành chính) with its official code. Topic {@code registry.structure},
 * key: the code. Administrative units outlive elections, so no election id.
 *
 * @param code       the official code (mã đơn vị hành chính), e.g. {@code 06} for Bắc Kạn province
 * @param name       the official name, NFC
 * @param level      province, district (2021 only) or commune
 * @param parentCode the code of the unit it lies in; null for a province
 */
public record AdministrativeUnitDefined(String code, String name, AdministrativeLevel level, String parentCode)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.AdministrativeUnitDefined.v1";

    @Override
    public String topic() {
        return Topics.REGISTRY_STRUCTURE;
    }

    @Override
    public String key() {
        return code;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
