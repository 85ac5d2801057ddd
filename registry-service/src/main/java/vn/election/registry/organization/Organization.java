package vn.election.registry.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.registry.OrganizationKind;

/**
 * An election organization (tổ chức phụ trách bầu cử, ORG-1): the National Election Council, an election
 * committee of an administrative unit, an election board of an electoral unit, an election team of a
 * polling area; with its members.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganizationKind kind;

    @Column(nullable = false)
    String name;

    @Column(name = "administrative_unit_code")
    String administrativeUnitCode;

    @Column(name = "electoral_unit_id")
    UUID electoralUnitId;

    @Column(name = "polling_area_id")
    UUID pollingAreaId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_member", joinColumns = @JoinColumn(name = "organization_id"))
    List<Member> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    /** Who defined it: the subject of the token (DESIGN.md section 6). */
    @Column(name = "created_by")
    String createdBy;

    protected Organization() {}

    Organization(
            UUID id,
            UUID electionId,
            OrganizationKind kind,
            String name,
            String administrativeUnitCode,
            UUID electoralUnitId,
            UUID pollingAreaId,
            List<Member> members,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.kind = kind;
        this.name = name;
        this.administrativeUnitCode = administrativeUnitCode;
        this.electoralUnitId = electoralUnitId;
        this.pollingAreaId = pollingAreaId;
        this.members = new ArrayList<>(members);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A member (thành viên): name, role, date of birth, workplace. */
    @Embeddable
    public static class Member {
        @Column(name = "member_id", nullable = false)
        UUID memberId;

        @Column(name = "full_name", nullable = false)
        String fullName;

        @Column(nullable = false)
        String role;

        @Column(name = "birth_date", nullable = false)
        LocalDate birthDate;

        @Column(nullable = false)
        String workplace;

        protected Member() {}

        Member(UUID memberId, String fullName, String role, LocalDate birthDate, String workplace) {
            this.memberId = memberId;
            this.fullName = fullName;
            this.role = role;
            this.birthDate = birthDate;
            this.workplace = workplace;
        }
    }
}
