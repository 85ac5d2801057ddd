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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;

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
    /** Who defined it: the subject of the token. */
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
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.kind = kind;
        this.name = name;
        this.administrativeUnitCode = administrativeUnitCode;
        this.electoralUnitId = electoralUnitId;
        this.pollingAreaId = pollingAreaId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Seats the members: 422 if one of them stands as a candidate where this organization runs the election
     * (ORG-3: the board's unit, the units of the team's polling area).
     *
     * @param standsAsCandidateHere whether a member stands as a candidate there
     */
    void seat(List<NewOrganization.NewMember> newMembers, Predicate<NewOrganization.NewMember> standsAsCandidateHere) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < newMembers.size(); i++) {
            NewOrganization.NewMember member = newMembers.get(i);
            if (standsAsCandidateHere.test(member)) {
                errors.add(Problem.FieldError.of(
                        "members[" + i + "]",
                        Rule.ORG_3,
                        member.fullName()
                                + " stands as a candidate in this unit and may not sit on its board or team"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        members = newMembers.stream()
                .map(m -> new Member(UUID.randomUUID(), m.fullName(), m.role(), m.birthDate(), m.workplace()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** ORG-2: a warning if the number of members lies outside the law's range for {@code sizeKey}. */
    List<Problem.FieldError> sizeWarnings(Ruleset ruleset, String sizeKey) {
        return OrganizationSizes.of(ruleset, sizeKey)
                .filter(range -> !range.contains(members.size()))
                .map(range -> Problem.FieldError.of(
                        "members",
                        Rule.ORG_2,
                        members.size() + " members; the law asks " + range.min() + "-" + range.max() + " for " + sizeKey
                                + " under the " + ruleset.code() + " ruleset"))
                .stream()
                .toList();
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
