package vn.election.registry.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.registry.OrganizationMemberChanged;

/**
 * One line of an organization's membership history (D-33): a founding member, a member added or withdrawn by the
 * founding body, with who recorded it and when. A replacement is a withdrawal and an addition that names the
 * member replaced. Lines are only ever added.
 */
@Entity
@Table(name = "organization_member_change")
public class MemberChange {

    /** What happened to the member. */
    public enum Change {
        FOUNDED,
        ADDED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "organization_id", nullable = false)
    UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Change change;

    @Column(name = "member_id", nullable = false)
    UUID memberId;

    @Column(name = "citizen_id")
    String citizenId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(nullable = false)
    String role;

    @Column(name = "replaces_member_id")
    UUID replacesMemberId;

    String reason;

    @Column(name = "changed_by")
    String changedBy;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime changedAt;

    protected MemberChange() {}

    /** The change for the other services; a founding is told by {@code OrganizationDefined} alone. */
    OrganizationMemberChanged event(UUID electionId) {
        return new OrganizationMemberChanged(
                electionId,
                organizationId,
                change == Change.WITHDRAWN
                        ? OrganizationMemberChanged.Change.WITHDRAWN
                        : OrganizationMemberChanged.Change.ADDED,
                memberId,
                fullName,
                role,
                replacesMemberId,
                reason);
    }

    static MemberChange of(
            UUID organizationId,
            Change change,
            Organization.Member member,
            UUID replacesMemberId,
            String reason,
            OffsetDateTime at,
            String by) {
        MemberChange line = new MemberChange();
        line.organizationId = organizationId;
        line.change = change;
        line.memberId = member.memberId;
        line.citizenId = member.citizenId;
        line.fullName = member.fullName;
        line.role = member.role;
        line.replacesMemberId = replacesMemberId;
        line.reason = reason;
        line.changedAt = at;
        line.changedBy = by;
        return line;
    }
}
