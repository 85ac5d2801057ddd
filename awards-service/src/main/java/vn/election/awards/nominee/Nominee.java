package vn.election.awards.nominee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.events.Rule;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.problem.ProblemException;

/**
 * Someone who may be commended for an election's work (đối tượng khen thưởng): a collective (tập thể,
 * e.g. a Tổ bầu cử) or an individual (cá nhân, e.g. a member of one).
 */
@Entity
@Table(name = "nominee")
public class Nominee {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RecipientKind kind;

    /** For an election organization: committee, board, team (ORG-1). */
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_kind")
    OrganizationKind organizationKind;

    @Column(nullable = false)
    String name;

    String role;

    String workplace;

    /** For an individual: the collective they served in. */
    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "administrative_unit_code")
    String administrativeUnitCode;

    @Column(name = "electoral_unit_id")
    UUID electoralUnitId;

    @Column(name = "polling_area_id")
    UUID pollingAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NomineeSource source;

    @ElementCollection
    @CollectionTable(name = "nominee_restriction", joinColumns = @JoinColumn(name = "nominee_id"))
    @Column(name = "restriction")
    @Enumerated(EnumType.STRING)
    Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Who entered it (the token's subject); null for the registry's own. */
    @Column(name = "entered_by")
    String enteredBy;

    /** Who last set the K-5 restrictions in force, and when. */
    @Column(name = "restrictions_set_by")
    String restrictionsSetBy;

    @Column(name = "restrictions_set_at")
    OffsetDateTime restrictionsSetAt;

    protected Nominee() {}

    Nominee(UUID id, UUID electionId, RecipientKind kind, NomineeSource source) {
        this.id = id;
        this.electionId = electionId;
        this.kind = kind;
        this.source = source;
    }

    public UUID id() {
        return id;
    }

    public UUID electionId() {
        return electionId;
    }

    public RecipientKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String workplace() {
        return workplace;
    }

    public OrganizationKind organizationKind() {
        return organizationKind;
    }

    public UUID pollingAreaId() {
        return pollingAreaId;
    }

    public UUID electoralUnitId() {
        return electoralUnitId;
    }

    public Set<Restriction> restrictions() {
        return Set.copyOf(restrictions);
    }

    /** K-5: no award or proposal while under discipline, investigation, inspection or unresolved complaint. */
    public void requireUnrestricted() {
        if (!restrictions.isEmpty()) {
            throw ProblemException.ruleViolation(
                    "nomineeId",
                    Rule.K_5,
                    name + " is under " + new TreeSet<>(restrictions) + ": no award or proposal until it is resolved");
        }
    }

    /** Sets the restrictions in force (K-5), as {@code by} learned of them {@code at}. */
    void restrict(Set<Restriction> inForce, String by, OffsetDateTime at) {
        restrictions.clear();
        restrictions.addAll(inForce);
        updatedAt = at;
        restrictionsSetBy = by;
        restrictionsSetAt = at;
    }
}
