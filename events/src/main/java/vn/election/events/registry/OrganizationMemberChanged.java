package vn.election.events.registry;

import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A member joined or left an election organization after its founding (D-33): added, or withdrawn (by their own
 * request, or removed by the founding body, e.g. a candidate who did not leave the board or team of their unit,
 * ORG-3). A replacement is a withdrawal and an addition naming the member replaced. The organization's new state
 * follows as an {@link OrganizationDefined}. Topic {@code registry.structure}, key: the election id.
 *
 * @param electionId       the election
 * @param organizationId   the organization
 * @param change           {@code ADDED} or {@code WITHDRAWN}
 * @param memberId         the registry's id of the membership
 * @param fullName         the member's name, NFC (no personal data beyond name and role)
 * @param role             their role in the organization
 * @param replacesMemberId for an addition that replaces a member: the one who left; else null
 * @param reason           why, as the founding body wrote it; null for a plain addition
 */
public record OrganizationMemberChanged(
        UUID electionId,
        UUID organizationId,
        Change change,
        UUID memberId,
        String fullName,
        String role,
        UUID replacesMemberId,
        String reason)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.OrganizationMemberChanged.v1";

    /** What happened to the member. */
    public enum Change {
        ADDED,
        WITHDRAWN
    }

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
