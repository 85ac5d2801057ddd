package vn.election.awards.nomination;

import static vn.election.awards.Text.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.election.awards.AwardsConfig;
import vn.election.awards.UnknownReference;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.Campaigns;
import vn.election.awards.campaign.IssuerJurisdiction;
import vn.election.awards.catalogue.Authority;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.FormView;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.election.Elections;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.awards.nomination.NominationRequests.NewNomination;
import vn.election.awards.nomination.NominationRequests.TransitionRequest;
import vn.election.awards.nominee.Achievement;
import vn.election.awards.nominee.Achievements;
import vn.election.awards.nominee.Nominee;
import vn.election.awards.nominee.Nominees;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;

/** Nominations, their dossiers (K-8) and the transitions of K-9 taken on the nomination itself. */
@ApplicationScoped
@Transactional
public class NominationService {

    /** The states in which a nomination uses up its campaign's quota (K-7). */
    static final Set<NominationState> COUNTED_BY_QUOTA = EnumSet.of(
            NominationState.DECIDED,
            NominationState.PUBLISHED,
            NominationState.CONFERRED,
            NominationState.FORWARDED_TO_HIGHER);

    private final Nominations nominations;
    private final Campaigns campaigns;
    private final Elections elections;
    private final Nominees nominees;
    private final Achievements achievements;
    private final Catalogue catalogue;
    private final Workflow workflow;
    private final IssuerJurisdiction jurisdiction;
    private final Caller caller;
    private final AwardsConfig config;
    private final Clock clock;

    public NominationService(
            Nominations nominations,
            Campaigns campaigns,
            Elections elections,
            Nominees nominees,
            Achievements achievements,
            Catalogue catalogue,
            Workflow workflow,
            IssuerJurisdiction jurisdiction,
            Caller caller,
            AwardsConfig config,
            Clock clock) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.elections = elections;
        this.nominees = nominees;
        this.achievements = achievements;
        this.catalogue = catalogue;
        this.workflow = workflow;
        this.jurisdiction = jurisdiction;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    public NominationView nominate(NewNomination request) {
        Campaign campaign = campaigns.referenced(request.campaignId(), "campaignId");
        jurisdiction.requireActingFor(campaign);
        Nominee nominee = nominees.referenced(request.nomineeId(), "nomineeId");
        if (!nominee.electionId().equals(campaign.electionId())) {
            throw UnknownReference.of("nomineeId", "nominee of election " + campaign.electionId(), nominee.id());
        }
        Achievement achievement = achievements.referenced(request.achievementId(), nominee.id(), "achievementId");
        FormView form = formFor(campaign, request.form(), nominee.kind(), "form");
        checkNotRestricted(nominee);
        // K-5: one achievement, one form
        if (nominations.achievementHeld(achievement.id())) {
            throw ProblemException.ruleViolation(
                    "achievementId",
                    Rule.K_5,
                    "this achievement is already proposed for a form; one achievement earns one form");
        }
        var nomination = new Nomination(
                UUID.randomUUID(),
                campaign.id(),
                nominee.id(),
                achievement.id(),
                form.code(),
                nominee.kind(),
                caller.actor(),
                OffsetDateTime.now(clock));
        if (request.dossier() != null) {
            fill(nomination, request.dossier(), campaign);
        }
        nominations.persist(nomination);
        return view(nomination);
    }

    public NominationView updateDossier(UUID id, Dossier dossier) {
        Nomination nomination = nominations.get(id);
        Campaign campaign = campaigns.get(nomination.campaignId);
        jurisdiction.requireActingFor(campaign);
        if (nomination.state != NominationState.DRAFT && nomination.state != NominationState.RETURNED) {
            throw ProblemException.conflict(
                    "K-9: the dossier changes only while DRAFT or RETURNED; it is " + nomination.state);
        }
        fill(nomination, dossier, campaign);
        return view(nomination);
    }

    public NominationView transition(UUID id, TransitionRequest request) {
        Action action = request.action();
        String role = workflow.actingRole(action);
        Nomination nomination = nominations.get(id);
        if (action.onDecision()) {
            throw ProblemException.conflict("K-10: " + action + " is taken on a decision: "
                    + "POST /api/v1/decisions and /api/v1/decisions/{id}/...");
        }
        Campaign campaign = campaigns.get(nomination.campaignId);
        jurisdiction.requireActingFor(campaign);
        workflow.checkState(nomination, action);
        switch (action) {
            case RETURN, REJECT, GIVE_PARTY_OPINION -> requireReason(request);
            case CHECK -> checkComplete(nomination);
            case APPRAISE -> checkCriteria(nomination, campaign);
            case COUNCIL_REVIEW -> recordCouncil(nomination, request);
            default -> {}
        }
        if (action == Action.FORWARD) {
            return forward(nomination, campaign, role, request);
        }
        workflow.record(nomination, action, role, request.reason());
        if (action == Action.GIVE_PARTY_OPINION) {
            nomination.partyOpinion = nfc(request.reason());
        }
        return view(nomination);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView get(UUID id) {
        return view(nominations.get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView.Page page(UUID campaignId, NominationState state, UUID after, int limit) {
        campaigns.get(campaignId);
        List<Nomination> page = nominations.page(campaignId, state, after, limit + 1);
        List<NominationView> items = page.stream().limit(limit).map(this::view).toList();
        return new NominationView.Page(
                items, page.size() > limit ? items.get(limit - 1).id() : null);
    }

    /**
     * What must hold before {@code nomination} is decided or forwarded by {@code campaign}'s issuer: the
     * council's vote (K-9), the Party's opinion where required (K-9), no restriction in force (K-5).
     */
    public void checkReadyToLeave(Nomination nomination, Campaign campaign, String field) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (nomination.councilPresent == null
                || BigDecimal.valueOf(nomination.councilVotesFor)
                                .divide(BigDecimal.valueOf(nomination.councilPresent), 4, RoundingMode.HALF_UP)
                                .compareTo(config.councilApprovalShare())
                        < 0) {
            errors.add(new Problem.FieldError(
                    field,
                    "K-9",
                    "the council voted " + nomination.councilVotesFor + " of "
                            + nomination.councilPresent + "; at least "
                            + config.councilApprovalShare()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString() + " % is needed"));
        }
        if (campaign.partyOpinionRequired() && nomination.state != NominationState.PARTY_OPINION) {
            errors.add(new Problem.FieldError(
                    field, "K-9", "this campaign needs the Party standing committee's opinion first"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        checkNotRestricted(nominees.findById(nomination.nomineeId));
    }

    /**
     * K-7: the campaign (locked by the caller) may not decide or forward more of {@code form} to each kind
     * than its quota, counting those already decided or forwarded and those about to be.
     */
    public void checkQuota(Campaign campaign, String form, Map<RecipientKind, Long> adding, String field) {
        adding.forEach((kind, count) -> {
            OptionalInt quota = campaign.quota(form, kind);
            if (quota.isPresent()) {
                long used = nominations.count(campaign.id(), form, kind, COUNTED_BY_QUOTA);
                if (used + count > quota.getAsInt()) {
                    throw ProblemException.ruleViolation(
                            field,
                            Rule.K_7,
                            "the quota for " + form + " to " + kind + " is " + quota.getAsInt() + "; " + used
                                    + " already used, " + count + " more asked");
                }
            }
        });
    }

    /** K-5: no award or proposal while under discipline, investigation, inspection or unresolved complaint. */
    public void checkNotRestricted(Nominee nominee) {
        if (!nominee.restrictions().isEmpty()) {
            throw ProblemException.ruleViolation(
                    "nomineeId",
                    Rule.K_5,
                    nominee.name() + " is under " + new TreeSet<>(nominee.restrictions())
                            + ": no award or proposal until it is resolved");
        }
    }

    public NominationView view(Nomination nomination) {
        return NominationView.of(nomination, workflow.history(nomination.id));
    }

    private NominationView forward(Nomination nomination, Campaign campaign, String role, TransitionRequest request) {
        if (request.targetCampaignId() == null) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_9, "forwarding names the higher issuer's campaign");
        }
        Campaign target = campaigns.referenced(request.targetCampaignId(), "targetCampaignId");
        if (!target.electionId().equals(campaign.electionId()) || target.id().equals(campaign.id())) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_9, "forward to another issuer's campaign of the same election");
        }
        Ruleset ruleset = elections.findById(campaign.electionId()).ruleset();
        if (!catalogue.form(ruleset, nomination.form).conferrableBy(target.authority())) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_4, target.authority() + " does not confer " + nomination.form);
        }
        Campaign locked = campaigns.lockForQuota(campaign.id());
        checkReadyToLeave(nomination, locked, "action");
        checkQuota(locked, nomination.form, Map.of(nomination.recipientKind, 1L), "action");
        workflow.record(nomination, Action.FORWARD, role, request.reason());
        // K-5: the achievement passes to the proposal; the forwarded state must reach the index first
        nominations.flush();

        var proposal = new Nomination(
                UUID.randomUUID(),
                target.id(),
                nomination.nomineeId,
                nomination.achievementId,
                nomination.form,
                nomination.recipientKind,
                caller.actor(),
                OffsetDateTime.now(clock));
        copyDossier(nomination, proposal);
        proposal.forwardedFrom = nomination.id;
        nominations.persist(proposal);
        // K-9: the proposing issuer submits to the higher one through the central commendation agency
        workflow.record(proposal, Action.SUBMIT, role, "forwarded from campaign " + campaign.id());
        return view(nomination);
    }

    /** K-2: a form of the ruleset, for this kind of recipient, of the campaign's issuer type. */
    private FormView formFor(Campaign campaign, String code, RecipientKind kind, String field) {
        Ruleset ruleset = elections.findById(campaign.electionId()).ruleset();
        FormView form = catalogue.form(ruleset, code);
        Authority authority = catalogue.authority(ruleset, campaign.authority()).orElseThrow();
        if (!form.recipients().admit(kind)) {
            throw ProblemException.ruleViolation(field, Rule.K_2, code + " is not given to " + kind);
        }
        if (form.issuerType() != authority.issuerType()) {
            throw ProblemException.ruleViolation(
                    field,
                    Rule.K_2,
                    code + " is a " + form.issuerType() + " award; this campaign's issuer is "
                            + authority.issuerType());
        }
        return form;
    }

    private void fill(Nomination n, Dossier dossier, Campaign campaign) {
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
        n.submissionNumber = nfc(dossier.submissionNumber());
        n.submissionDate = dossier.submissionDate();
        n.submittingBody = nfc(dossier.submittingBody());
        n.achievementReport = nfc(dossier.achievementReport());
        n.originalSets = dossier.originalSets();
        n.criteriaMet.clear();
        n.criteriaMet.addAll(criteria);
        n.attachments.clear();
        if (dossier.attachments() != null) {
            dossier.attachments()
                    .forEach(a -> n.attachments.add(new Nomination.Attachment(
                            a.kind(), nfc(a.fileName()), a.mediaType(), a.sizeBytes(), a.sha256())));
        }
    }

    private static void copyDossier(Nomination from, Nomination to) {
        to.submissionNumber = from.submissionNumber;
        to.submissionDate = from.submissionDate;
        to.submittingBody = from.submittingBody;
        to.achievementReport = from.achievementReport;
        to.originalSets = from.originalSets;
        to.councilMeetingOn = from.councilMeetingOn;
        to.councilMembers = from.councilMembers;
        to.councilPresent = from.councilPresent;
        to.councilVotesFor = from.councilVotesFor;
        to.partyOpinion = from.partyOpinion;
        to.attachments.addAll(from.attachments.stream()
                .map(a -> new Nomination.Attachment(a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256))
                .toList());
    }

    /** K-8: a complete dossier has its tờ trình, achievement report and e-file; 2 originals for the PM's award. */
    private static void checkComplete(Nomination n) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (n.submissionNumber == null || n.submissionDate == null || n.submittingBody == null) {
            missing.add(new Problem.FieldError(
                    "dossier.submissionNumber", "K-8", "the tờ trình (number, date, body) is missing"));
        }
        if (n.achievementReport == null || n.achievementReport.isBlank()) {
            missing.add(
                    new Problem.FieldError("dossier.achievementReport", "K-8", "the achievement report is missing"));
        }
        if (n.attachments.isEmpty()) {
            missing.add(new Problem.FieldError("dossier.attachments", "K-8", "the e-file has no attachment"));
        }
        if ("PM_CERTIFICATE_OF_MERIT".equals(n.form) && n.originalSets < 2) {
            missing.add(new Problem.FieldError(
                    "dossier.originalSets",
                    "K-8",
                    "a Prime Minister's award needs 2 original sets; " + n.originalSets + " given"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolations(missing);
        }
    }

    /** K-6: the appraisal finds every criterion of the campaign's checklist met. */
    private static void checkCriteria(Nomination n, Campaign campaign) {
        List<String> unmet = campaign.criterionCodes().stream()
                .filter(c -> !n.criteriaMet.contains(c))
                .toList();
        if (!unmet.isEmpty()) {
            throw ProblemException.ruleViolation("dossier.criteriaMet", Rule.K_6, "criteria not met: " + unmet);
        }
    }

    private static void recordCouncil(Nomination n, TransitionRequest request) {
        var minutes = request.councilMinutes();
        if (minutes == null) {
            throw ProblemException.ruleViolation(
                    "councilMinutes", Rule.K_8, "the council's minutes with its vote are required");
        }
        if (minutes.present() > minutes.members() || minutes.votesFor() > minutes.present()) {
            throw ProblemException.ruleViolation(
                    "councilMinutes", Rule.K_8, "votes for ≤ members present ≤ members of the council");
        }
        n.councilMeetingOn = minutes.meetingOn();
        n.councilMembers = minutes.members();
        n.councilPresent = minutes.present();
        n.councilVotesFor = minutes.votesFor();
    }

    private static void requireReason(TransitionRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.ruleViolation("reason", Rule.K_9, request.action() + " says why");
        }
    }
}
