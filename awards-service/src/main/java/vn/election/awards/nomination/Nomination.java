package vn.election.awards.nomination;

import static vn.election.kit.text.Texts.nfc;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.nomination.NominationRequests.CouncilMinutes;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;

/**
 * A nomination (đề nghị khen thưởng): one nominee, one achievement, one form (K-5), in one campaign,
 * with its dossier (hồ sơ, K-8), its state in the workflow (K-9) and every transition it took.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    UUID id;

    @Column(name = "campaign_id", nullable = false)
    UUID campaignId;

    @Column(name = "nominee_id", nullable = false)
    UUID nomineeId;

    @Column(name = "achievement_id", nullable = false)
    UUID achievementId;

    @Column(nullable = false)
    String form;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    RecipientKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NominationState state;

    /** Tờ trình: its number, date and the proposing body (K-8). */
    @Column(name = "submission_number")
    String submissionNumber;

    @Column(name = "submission_date")
    LocalDate submissionDate;

    @Column(name = "submitting_body")
    String submittingBody;

    /** Báo cáo thành tích, the short form for thematic awards (K-8). */
    @Column(name = "achievement_report")
    String achievementReport;

    /** Paper originals of the dossier: 2 for a Prime Minister's award (K-8). */
    @Column(name = "original_sets", nullable = false)
    int originalSets;

    /** Biên bản họp Hội đồng Thi đua–Khen thưởng with its vote (K-8, K-9). */
    @Column(name = "council_meeting_on")
    LocalDate councilMeetingOn;

    @Column(name = "council_members")
    Integer councilMembers;

    @Column(name = "council_present")
    Integer councilPresent;

    @Column(name = "council_votes_for")
    Integer councilVotesFor;

    @Column(name = "party_opinion")
    String partyOpinion;

    @Column(name = "forwarded_from")
    UUID forwardedFrom;

    @ElementCollection
    @CollectionTable(name = "nomination_criterion_met", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "criterion_code")
    Set<String> criteriaMet = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "nomination_attachment", joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    List<Attachment> attachments = new ArrayList<>();

    /** Every transition taken, in order: who took it, in which role, when and why. */
    @OneToMany(mappedBy = "nomination", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    List<NominationTransition> history = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    int version;

    protected Nomination() {}

    Nomination(
            UUID id,
            UUID campaignId,
            UUID nomineeId,
            UUID achievementId,
            String form,
            RecipientKind kind,
            String createdBy,
            OffsetDateTime createdAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.nomineeId = nomineeId;
        this.achievementId = achievementId;
        this.form = form;
        this.recipientKind = kind;
        this.state = NominationState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID nomineeId() {
        return nomineeId;
    }

    public UUID achievementId() {
        return achievementId;
    }

    public String form() {
        return form;
    }

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    public NominationState state() {
        return state;
    }

    /**
     * Takes a K-9 action: {@link #check checks} it, records the transition (who, in which role, when, why) and
     * moves to the action's target state. The council's vote (COUNCIL_REVIEW) and the Party's opinion
     * (GIVE_PARTY_OPINION) join the dossier.
     */
    public void take(Action action, Step step) {
        check(action, step);
        switch (action) {
            case COUNCIL_REVIEW -> recordCouncil(step.councilMinutes());
            case GIVE_PARTY_OPINION -> partyOpinion = step.reason();
            default -> {}
        }
        history.add(new NominationTransition(this, action, step));
        state = action.to();
    }

    /**
     * Whether {@code action} may be taken now, changing nothing: K-9 takes it from this state (409 otherwise),
     * and it keeps its own rules (422 naming the rule): a reason to return, reject or give the Party's opinion
     * (K-9), a complete dossier to check (K-8), every criterion met to appraise (K-6), the council's minutes to
     * review (K-8), and to decide or forward, the council's vote, the Party's opinion where required (K-9) and no
     * restriction on the nominee (K-5).
     */
    public void check(Action action, Step step) {
        if (!action.from().contains(state)) {
            throw ProblemException.conflict(Rule.K_9 + ": " + action + " is taken from " + action.from()
                    + "; nomination " + id + " is " + state);
        }
        switch (action) {
            case RETURN, REJECT, GIVE_PARTY_OPINION -> requireReason(action, step.reason());
            case CHECK -> checkComplete();
            case APPRAISE -> checkCriteria(step.campaign());
            case COUNCIL_REVIEW -> checkCouncil(step.councilMinutes());
            case DECIDE, FORWARD -> checkReadyToLeave(step);
            default -> {}
        }
    }

    /** Fills in the dossier (K-8) while DRAFT or RETURNED (K-9); the criteria it meets are its campaign's (K-6). */
    void updateDossier(Dossier dossier, Campaign campaign) {
        if (state != NominationState.DRAFT && state != NominationState.RETURNED) {
            throw ProblemException.conflict(
                    Rule.K_9 + ": the dossier changes only while DRAFT or RETURNED; it is " + state);
        }
        Set<String> criteria = dossier.criteriaMet() == null ? Set.of() : dossier.criteriaMet();
        List<String> unknown = criteria.stream()
                .filter(c -> !campaign.criterionCodes().contains(c))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleViolation(
                    "dossier.criteriaMet",
                    Rule.K_6,
                    unknown + " are not criteria of this campaign: " + campaign.criterionCodes());
        }
        submissionNumber = nfc(dossier.submissionNumber());
        submissionDate = dossier.submissionDate();
        submittingBody = nfc(dossier.submittingBody());
        achievementReport = nfc(dossier.achievementReport());
        originalSets = dossier.originalSets();
        criteriaMet.clear();
        criteriaMet.addAll(criteria);
        attachments.clear();
        if (dossier.attachments() != null) {
            dossier.attachments()
                    .forEach(a -> attachments.add(
                            new Attachment(a.kind(), nfc(a.fileName()), a.mediaType(), a.sizeBytes(), a.sha256())));
        }
    }

    /**
     * This nomination as proposed to {@code target}'s higher issuer once it is forwarded: the same nominee,
     * achievement, form and dossier with the council's vote, a DRAFT there until it is submitted.
     */
    Nomination proposalTo(Campaign target, String actor, OffsetDateTime at) {
        var proposal = new Nomination(
                UUID.randomUUID(), target.id(), nomineeId, achievementId, form, recipientKind, actor, at);
        proposal.submissionNumber = submissionNumber;
        proposal.submissionDate = submissionDate;
        proposal.submittingBody = submittingBody;
        proposal.achievementReport = achievementReport;
        proposal.originalSets = originalSets;
        proposal.councilMeetingOn = councilMeetingOn;
        proposal.councilMembers = councilMembers;
        proposal.councilPresent = councilPresent;
        proposal.councilVotesFor = councilVotesFor;
        proposal.partyOpinion = partyOpinion;
        proposal.attachments.addAll(attachments.stream()
                .map(a -> new Attachment(a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256))
                .toList());
        proposal.forwardedFrom = id;
        return proposal;
    }

    private static void requireReason(Action action, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.ruleViolation("reason", Rule.K_9, action + " says why");
        }
    }

    /** K-8: a complete dossier has its tờ trình, achievement report and e-file; 2 originals for the PM's award. */
    private void checkComplete() {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (submissionNumber == null || submissionDate == null || submittingBody == null) {
            missing.add(Problem.FieldError.of(
                    "dossier.submissionNumber", Rule.K_8, "the tờ trình (number, date, body) is missing"));
        }
        if (achievementReport == null || achievementReport.isBlank()) {
            missing.add(
                    Problem.FieldError.of("dossier.achievementReport", Rule.K_8, "the achievement report is missing"));
        }
        if (attachments.isEmpty()) {
            missing.add(Problem.FieldError.of("dossier.attachments", Rule.K_8, "the e-file has no attachment"));
        }
        if ("PM_CERTIFICATE_OF_MERIT".equals(form) && originalSets < 2) {
            missing.add(Problem.FieldError.of(
                    "dossier.originalSets",
                    Rule.K_8,
                    "a Prime Minister's award needs 2 original sets; " + originalSets + " given"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolations(missing);
        }
    }

    /** K-6: the appraisal finds every criterion of the campaign's checklist met. */
    private void checkCriteria(Campaign campaign) {
        List<String> unmet = campaign.criterionCodes().stream()
                .filter(c -> !criteriaMet.contains(c))
                .toList();
        if (!unmet.isEmpty()) {
            throw ProblemException.ruleViolation("dossier.criteriaMet", Rule.K_6, "criteria not met: " + unmet);
        }
    }

    /** K-8: the council's minutes, with a vote that can have been cast. */
    private static void checkCouncil(CouncilMinutes minutes) {
        if (minutes == null) {
            throw ProblemException.ruleViolation(
                    "councilMinutes", Rule.K_8, "the council's minutes with its vote are required");
        }
        if (minutes.present() > minutes.members() || minutes.votesFor() > minutes.present()) {
            throw ProblemException.ruleViolation(
                    "councilMinutes", Rule.K_8, "votes for ≤ members present ≤ members of the council");
        }
    }

    private void recordCouncil(CouncilMinutes minutes) {
        councilMeetingOn = minutes.meetingOn();
        councilMembers = minutes.members();
        councilPresent = minutes.present();
        councilVotesFor = minutes.votesFor();
    }

    /**
     * What must hold before the nomination leaves its campaign, decided or forwarded by its issuer: the council's
     * vote (K-9), the Party's opinion where required (K-9), no restriction in force on the nominee (K-5).
     */
    private void checkReadyToLeave(Step step) {
        List<Problem.FieldError> errors = new ArrayList<>();
        BigDecimal share = step.councilApprovalShare();
        if (councilPresent == null
                || BigDecimal.valueOf(councilVotesFor)
                                .divide(BigDecimal.valueOf(councilPresent), 4, RoundingMode.HALF_UP)
                                .compareTo(share)
                        < 0) {
            errors.add(Problem.FieldError.of(
                    step.field(),
                    Rule.K_9,
                    "the council voted " + councilVotesFor + " of " + councilPresent + "; at least "
                            + share.movePointRight(2).stripTrailingZeros().toPlainString() + " % is needed"));
        }
        if (step.campaign().partyOpinionRequired() && state != NominationState.PARTY_OPINION) {
            errors.add(Problem.FieldError.of(
                    step.field(), Rule.K_9, "this campaign needs the Party standing committee's opinion first"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        step.nominee().requireUnrestricted();
    }

    /** An attachment of the dossier (the e-file, K-8): its metadata only; the file lives elsewhere. */
    @Embeddable
    public static class Attachment {
        @Column(nullable = false)
        String kind;

        @Column(name = "file_name", nullable = false)
        String fileName;

        @Column(name = "media_type", nullable = false)
        String mediaType;

        @Column(name = "size_bytes", nullable = false)
        long sizeBytes;

        @Column(nullable = false)
        String sha256;

        protected Attachment() {}

        Attachment(String kind, String fileName, String mediaType, long sizeBytes, String sha256) {
            this.kind = kind;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.sizeBytes = sizeBytes;
            this.sha256 = sha256;
        }
    }
}
