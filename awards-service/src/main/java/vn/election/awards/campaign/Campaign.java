package vn.election.awards.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;

/**
 * A campaign of commendation (đợt khen thưởng) for one election, held by one issuer (e.g. the chairman of
 * a provincial People's Committee), with its criteria checklist (K-6) and quotas (K-7).
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String authority;

    @Column(name = "issuer_name", nullable = false)
    String issuerName;

    @Column(name = "issuer_scope", nullable = false)
    String issuerScope;

    @Column(name = "number_pattern", nullable = false)
    String numberPattern;

    @Column(name = "party_opinion_required", nullable = false)
    boolean partyOpinionRequired;

    @ElementCollection
    @CollectionTable(name = "campaign_criterion", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_quota", joinColumns = @JoinColumn(name = "campaign_id"))
    List<Quota> quotas = new ArrayList<>();

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected Campaign() {}

    Campaign(
            UUID id,
            UUID electionId,
            String name,
            String authority,
            String issuerName,
            String issuerScope,
            String numberPattern,
            boolean partyOpinionRequired,
            List<Criterion> criteria,
            List<Quota> quotas,
            String createdBy,
            OffsetDateTime createdAt) {
        this.id = id;
        this.electionId = electionId;
        this.name = name;
        this.authority = authority;
        this.issuerName = issuerName;
        this.issuerScope = issuerScope;
        this.numberPattern = numberPattern;
        this.partyOpinionRequired = partyOpinionRequired;
        this.criteria.addAll(criteria);
        this.quotas.addAll(quotas);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID electionId() {
        return electionId;
    }

    public String authority() {
        return authority;
    }

    public String issuerName() {
        return issuerName;
    }

    /** Decisions are numbered per issuer and calendar year (K-10): the authority and which one of it. */
    public String issuerKey() {
        return authority + ":" + issuerScope;
    }

    public String decisionNumber(int sequence) {
        return numberPattern.replace("{n}", Integer.toString(sequence));
    }

    public boolean partyOpinionRequired() {
        return partyOpinionRequired;
    }

    public List<String> criterionCodes() {
        return criteria.stream().map(c -> c.code).toList();
    }

    /** The most awards of {@code form} to {@code kind} this campaign may decide or forward (K-7); none if unset. */
    public OptionalInt quota(String form, RecipientKind kind) {
        return quotas.stream()
                .filter(q -> q.form.equals(form) && q.recipientKind == kind)
                .mapToInt(q -> q.maxAwards)
                .findFirst();
    }

    /** One item of the criteria checklist (K-6). */
    @Embeddable
    public static class Criterion {
        @Column(nullable = false)
        String code;

        @Column(nullable = false)
        String description;

        protected Criterion() {}

        Criterion(String code, String description) {
            this.code = code;
            this.description = description;
        }
    }

    /** The most awards of one form to one kind of recipient (K-7). */
    @Embeddable
    public static class Quota {
        @Column(nullable = false)
        String form;

        @Enumerated(EnumType.STRING)
        @Column(name = "recipient_kind", nullable = false)
        RecipientKind recipientKind;

        @Column(name = "max_awards", nullable = false)
        int maxAwards;

        protected Quota() {}

        Quota(String form, RecipientKind recipientKind, int maxAwards) {
            this.form = form;
            this.recipientKind = recipientKind;
            this.maxAwards = maxAwards;
        }
    }
}
