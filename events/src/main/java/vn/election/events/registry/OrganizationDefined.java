package vn.election.events.registry;

import java.util.List;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * An election organization (ORG-1) and its members, as founded or last changed. Topic
 * {@code registry.structure}, key: the election id. A later event for the same organization replaces it.
 *
 * @param electionId             the election
 * @param organizationId         the registry's id
 * @param kind                   council, committee, board or team
 * @param name                   its name, NFC
 * @param administrativeUnitCode for a committee: its administrative unit; otherwise where it sits
 * @param electoralUnitId        for a board: its electoral unit; else null
 * @param pollingAreaId          for a team: its polling area; else null
 * @param members                its members (no personal data beyond name, role and workplace)
 */
public record OrganizationDefined(
        UUID electionId,
        UUID organizationId,
        OrganizationKind kind,
        String name,
        String administrativeUnitCode,
        UUID electoralUnitId,
        UUID pollingAreaId,
        List<Member> members)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.OrganizationDefined.v1";

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

    /**
     * @param memberId the registry's id of the membership
     * @param fullName NFC
     * @param role     e.g. Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên; Trưởng ban; Tổ trưởng
     * @param workplace where the member works
     */
    public record Member(UUID memberId, String fullName, String role, String workplace) {}
}
