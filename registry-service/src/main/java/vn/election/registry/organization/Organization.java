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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.events.registry.OrganizationDefined;
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

    /** ORG-2: a team of an armed-forces unit alone, with a smaller size range. */
    @Column(name = "armed_forces_only", nullable = false)
    boolean armedForcesOnly;

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
            boolean armedForcesOnly,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.kind = kind;
        this.name = name;
        this.administrativeUnitCode = administrativeUnitCode;
        this.electoralUnitId = electoralUnitId;
        this.pollingAreaId = pollingAreaId;
        this.armedForcesOnly = armedForcesOnly;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Seats the founding members: 422 if one of them stands as a candidate where this organization runs the
     * election (ORG-3: the board's unit, the units of the team's polling area), or if a person is listed twice.
     *
     * @param standsAsCandidateHere whether the person of a citizen id stands as a candidate there
     * @return the founding, one change per member (D-33)
     */
    List<MemberChange> seat(
            List<NewOrganization.NewMember> newMembers,
            Predicate<String> standsAsCandidateHere,
            OffsetDateTime now,
            String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < newMembers.size(); i++) {
            NewOrganization.NewMember member = newMembers.get(i);
            if (!seen.add(member.citizenId())) {
                errors.add(new Problem.FieldError(
                        "members[" + i + "].citizenId", "DuplicateMember", "this person is listed already"));
            }
            if (standsAsCandidateHere.test(member.citizenId())) {
                errors.add(notACandidateHere("members[" + i + "]", member));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        members = newMembers.stream().map(Member::new).collect(Collectors.toCollection(ArrayList::new));
        return members.stream()
                .map(m -> MemberChange.of(id, MemberChange.Change.FOUNDED, m, null, null, now, actor))
                .toList();
    }

    /**
     * The founding body adds a member (D-33): 422 if they stand as a candidate where this organization runs the
     * election (ORG-3), 409 if they sit on it already.
     */
    MemberChange add(
            NewOrganization.NewMember member,
            boolean standsAsCandidateHere,
            UUID replacesMemberId,
            String reason,
            OffsetDateTime now,
            String actor) {
        if (standsAsCandidateHere) {
            throw ProblemException.ruleViolations(List.of(notACandidateHere("citizenId", member)));
        }
        if (members.stream().anyMatch(m -> member.citizenId().equals(m.citizenId))) {
            throw ProblemException.conflict("this person sits on " + name + " already");
        }
        Member seated = new Member(member);
        members.add(seated);
        return MemberChange.of(id, MemberChange.Change.ADDED, seated, replacesMemberId, reason, now, actor);
    }

    /**
     * A member leaves (D-33): on their own request or removed by the founding body, e.g. a candidate who did not
     * leave the board or team of their unit by the official list's day (ORG-3). 404 if no such member.
     */
    MemberChange withdraw(UUID memberId, String reason, OffsetDateTime now, String actor) {
        Member leaving = member(memberId);
        members.remove(leaving);
        return MemberChange.of(id, MemberChange.Change.WITHDRAWN, leaving, null, reason, now, actor);
    }

    /** The member of {@code memberId}; 404 if there is none. */
    Member member(UUID memberId) {
        return members.stream()
                .filter(m -> m.memberId.equals(memberId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("member", memberId));
    }

    private Problem.FieldError notACandidateHere(String field, NewOrganization.NewMember member) {
        return Problem.FieldError.of(
                field,
                Rule.ORG_3,
                member.fullName() + " stands as a candidate in this unit and may not sit on its board or team");
    }

    /** The organization as it now stands, for the other services (a later event replaces an earlier one). */
    OrganizationDefined defined() {
        return new OrganizationDefined(
                electionId,
                id,
                kind,
                name,
                administrativeUnitCode,
                electoralUnitId,
                pollingAreaId,
                members.stream()
                        .map(m -> new OrganizationDefined.Member(m.memberId, m.fullName, m.role, m.workplace))
                        .toList());
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

    /** A member (thành viên): a person known by citizen id, with name, role, date of birth, workplace. */
    @Embeddable
    public static class Member {
        @Column(name = "member_id", nullable = false)
        UUID memberId;

        /** The person (ORG-3 matches members and candidates by it); null for members seated before it was kept. */
        @Column(name = "citizen_id")
        String citizenId;

        @Column(name = "full_name", nullable = false)
        String fullName;

        @Column(nullable = false)
        String role;

        @Column(name = "birth_date", nullable = false)
        LocalDate birthDate;

        @Column(nullable = false)
        String workplace;

        protected Member() {}

        Member(NewOrganization.NewMember m) {
            this.memberId = UUID.randomUUID();
            this.citizenId = m.citizenId();
            this.fullName = m.fullName();
            this.role = m.role();
            this.birthDate = m.birthDate();
            this.workplace = m.workplace();
        }
    }
}
