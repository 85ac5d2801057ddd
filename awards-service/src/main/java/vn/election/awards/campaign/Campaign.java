package vn.election.awards.campaign;

import static vn.election.kit.text.Texts.nfc;

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
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import vn.election.awards.campaign.NewCampaign.CriterionView;
import vn.election.awards.campaign.NewCampaign.QuotaView;
import vn.election.awards.catalogue.Authority;
import vn.election.awards.catalogue.FormView;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.election.Election;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;

/**
 * A campaign of commendation (đợt khen thưởng) for one election, held by one issuer (e.g. the chairman of
 * a provincial People's Committee), with its criteria checklist (K-6) and quotas (K-7).
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    /**
     * K-6: no legal text fixes the criteria for election work; these are the checklist's defaults.
     */
    static final List<CriterionView> DEFAULT_CRITERIA = List.of(
            new CriterionView("TASKS_ON_TIME", "Hoàn thành tốt, đúng thời hạn các nhiệm vụ được giao"),
            new CriterionView("MINUTES_WITHOUT_ERRORS", "Biên bản kết quả bầu cử không có sai sót"),
            new CriterionView("HIGH_TURNOUT", "Tỷ lệ cử tri đi bầu cao hoặc đạt 100% tại khu vực bỏ phiếu"),
            new CriterionView("NO_VIOLATIONS", "Không có vi phạm nghiêm trọng, không có khiếu nại chưa giải quyết"));

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

    /**
     * Opens the campaign {@code request} asks for, for {@code election} and the issuer {@code authority} of
     * {@code scope}, or reports every rule it breaks at once: the authority confers awards under the election's
     * ruleset (K-3), the campaign names which one of the authority is its issuer (K-10), no criterion (K-6) or quota (K-7) is listed
     * twice, and each quota names a form of the ruleset of the issuer's type (K-2).
     *
     * @param authority the authority of the catalogue under the election's ruleset; null if it has none
     * @param forms     the forms of award under the election's ruleset
     */
    static Campaign open(
            Election election,
            Authority authority,
            String scope,
            List<FormView> forms,
            NewCampaign request,
            String actor,
            OffsetDateTime at) {
        Ruleset ruleset = election.ruleset();
        List<Problem.FieldError> errors = new ArrayList<>();
        // K-3: the authority must exist under the election's ruleset (no district chairman in 2026)
        if (authority == null) {
            errors.add(Problem.FieldError.of(
                    "authority",
                    Rule.K_3,
                    request.authority() + " confers no award under the " + ruleset.code() + " ruleset"));
        } else if (!authority.scope().accepts(scope)) {
            // K-10: decisions are numbered per issuer, so the campaign says which one of the authority it is
            errors.add(Problem.FieldError.of(
                    "issuerScope",
                    Rule.K_10,
                    authority.code() + " numbers its decisions per issuer: issuerScope must be "
                            + authority.scope().expectation()));
        }
        List<CriterionView> criteria = request.criteria() == null ? DEFAULT_CRITERIA : request.criteria();
        checkDistinct(criteria.stream().map(CriterionView::code).toList(), "criteria", Rule.K_6, errors);
        List<QuotaView> quotas = request.quotas() == null ? List.of() : request.quotas();
        for (int i = 0; i < quotas.size(); i++) {
            checkQuota(ruleset, authority, forms, quotas.get(i), "quotas[" + i + "]", errors);
        }
        checkDistinct(
                quotas.stream().map(q -> q.form() + "/" + q.recipientKind()).toList(), "quotas", Rule.K_7, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        String pattern = request.numberPattern() == null ? authority.numberPattern() : request.numberPattern();
        return new Campaign(
                UUID.randomUUID(),
                election.id(),
                nfc(request.name()),
                authority.code(),
                nfc(request.issuerName()),
                scope,
                nfc(pattern),
                request.partyOpinionRequired(),
                criteria.stream()
                        .map(c -> new Criterion(c.code(), nfc(c.description())))
                        .toList(),
                quotas.stream()
                        .map(q -> new Quota(q.form(), q.recipientKind(), q.max()))
                        .toList(),
                actor,
                at);
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

    /**
     * K-7: this campaign may decide or forward {@code adding} more awards of {@code form} to {@code kind}, with
     * {@code used} already decided or forwarded, within its quota (none if unset).
     */
    public void requireWithinQuota(String form, RecipientKind kind, long used, long adding, String field) {
        OptionalInt quota = quotas.stream()
                .filter(q -> q.form.equals(form) && q.recipientKind == kind)
                .mapToInt(q -> q.maxAwards)
                .findFirst();
        if (quota.isPresent() && used + adding > quota.getAsInt()) {
            throw ProblemException.ruleViolation(
                    field,
                    Rule.K_7,
                    "the quota for " + form + " to " + kind + " is " + quota.getAsInt() + "; " + used
                            + " already used, " + adding + " more asked");
        }
    }

    /** A quota names a form of the ruleset, of the campaign's issuer type: its own or one it proposes upward (K-2). */
    private static void checkQuota(
            Ruleset ruleset,
            Authority authority,
            List<FormView> forms,
            QuotaView quota,
            String field,
            List<Problem.FieldError> errors) {
        FormView form = forms.stream()
                .filter(f -> f.code().equals(quota.form()))
                .findFirst()
                .orElse(null);
        if (form == null) {
            errors.add(Problem.FieldError.of(
                    field + ".form",
                    Rule.K_2,
                    quota.form() + " is not a form of award under the " + ruleset.code() + " ruleset"));
        } else if (authority != null && form.issuerType() != authority.issuerType()) {
            errors.add(Problem.FieldError.of(
                    field + ".form",
                    Rule.K_2,
                    quota.form() + " is a " + form.issuerType() + " award; this campaign's issuer is "
                            + authority.issuerType()));
        }
    }

    private static void checkDistinct(List<String> codes, String field, Rule rule, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                errors.add(Problem.FieldError.of(field + "[" + i + "]", rule, codes.get(i) + " is listed twice"));
            }
        }
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
