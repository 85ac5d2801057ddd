package vn.election.awards.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.CampaignRepository;
import vn.election.awards.campaign.IssuerJurisdiction;
import vn.election.awards.catalogue.Authority;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.FormView;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.election.ElectionRepository;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.awards.nomination.NominationRequests.NewNomination;
import vn.election.awards.nomination.NominationRequests.TransitionRequest;
import vn.election.awards.nominee.Achievement;
import vn.election.awards.nominee.AchievementRepository;
import vn.election.awards.nominee.Nominee;
import vn.election.awards.nominee.NomineeRepository;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;

/** Nominations, their dossiers (K-8) and the transitions of K-9 taken on the nomination itself. */
@ApplicationScoped
@Transactional
public class NominationService {

    private final NominationRepository nominations;
    private final CampaignRepository campaigns;
    private final ElectionRepository elections;
    private final NomineeRepository nominees;
    private final AchievementRepository achievements;
    private final Catalogue catalogue;
    private final Steps steps;
    private final IssuerJurisdiction jurisdiction;
    private final Caller caller;
    private final Clock clock;

    public NominationService(
            NominationRepository nominations,
            CampaignRepository campaigns,
            ElectionRepository elections,
            NomineeRepository nominees,
            AchievementRepository achievements,
            Catalogue catalogue,
            Steps steps,
            IssuerJurisdiction jurisdiction,
            Caller caller,
            Clock clock) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.elections = elections;
        this.nominees = nominees;
        this.achievements = achievements;
        this.catalogue = catalogue;
        this.steps = steps;
        this.jurisdiction = jurisdiction;
        this.caller = caller;
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
        nominee.requireUnrestricted();
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
            nomination.updateDossier(request.dossier(), campaign);
        }
        nominations.persist(nomination);
        return NominationView.of(nomination);
    }

    public NominationView updateDossier(UUID id, Dossier dossier) {
        Nomination nomination = nominations.get(id);
        Campaign campaign = campaigns.get(nomination.campaignId());
        jurisdiction.requireActingFor(campaign);
        nomination.updateDossier(dossier, campaign);
        return NominationView.of(nomination);
    }

    public NominationView transition(UUID id, TransitionRequest request) {
        Action action = request.action();
        Step step = steps.authorize(action);
        Nomination nomination = nominations.get(id);
        if (action.onDecision()) {
            throw ProblemException.conflict(Rule.K_10 + ": " + action + " is taken on a decision: "
                    + "POST /api/v1/decisions and /api/v1/decisions/{id}/...");
        }
        Campaign campaign = campaigns.get(nomination.campaignId());
        jurisdiction.requireActingFor(campaign);
        step = step.in(campaign).because(request.reason()).withCouncilMinutes(request.councilMinutes());
        if (action == Action.FORWARD) {
            forward(nomination, step.leaving(nominees.findById(nomination.nomineeId()), "action"), request);
        } else {
            nomination.take(action, step);
        }
        return NominationView.of(nomination);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView get(UUID id) {
        return NominationView.of(nominations.get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView.Page page(UUID campaignId, NominationState state, UUID after, int limit) {
        campaigns.get(campaignId);
        List<Nomination> page = nominations.page(campaignId, state, after, limit + 1);
        List<NominationView> items =
                page.stream().limit(limit).map(NominationView::of).toList();
        return new NominationView.Page(
                items, page.size() > limit ? items.get(limit - 1).id() : null);
    }

    /**
     * FORWARD: a nomination that may leave its campaign goes to a higher issuer's campaign (K-4, K-9), within
     * its campaign's quota (K-7), and arrives there SUBMITTED by the approver who forwarded it.
     */
    private void forward(Nomination nomination, Step step, TransitionRequest request) {
        nomination.check(Action.FORWARD, step);
        Campaign campaign = step.campaign();
        Campaign target = higherCampaign(nomination, campaign, request.targetCampaignId());
        Campaign locked = campaigns.lockForQuota(campaign.id());
        locked.requireWithinQuota(
                nomination.form(),
                nomination.recipientKind(),
                nominations.countUsingQuota(locked.id(), nomination.form(), nomination.recipientKind()),
                1,
                "action");
        nomination.take(Action.FORWARD, step);
        // K-5: the achievement passes to the proposal; the forwarded state must reach the index first
        nominations.flush();

        Nomination proposal = nomination.proposalTo(target, step.actor(), step.at());
        nominations.persist(proposal);
        // K-9: the proposing issuer submits to the higher one through the central commendation agency
        proposal.take(Action.SUBMIT, step.because("forwarded from campaign " + campaign.id()));
    }

    /** The campaign FORWARD names: another issuer's of the same election (K-9), who confers the form (K-4). */
    private Campaign higherCampaign(Nomination nomination, Campaign campaign, UUID targetCampaignId) {
        if (targetCampaignId == null) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_9, "forwarding names the higher issuer's campaign");
        }
        Campaign target = campaigns.referenced(targetCampaignId, "targetCampaignId");
        if (!target.electionId().equals(campaign.electionId()) || target.id().equals(campaign.id())) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_9, "forward to another issuer's campaign of the same election");
        }
        Ruleset ruleset = elections.findById(campaign.electionId()).ruleset();
        if (!catalogue.form(ruleset, nomination.form()).conferrableBy(target.authority())) {
            throw ProblemException.ruleViolation(
                    "targetCampaignId", Rule.K_4, target.authority() + " does not confer " + nomination.form());
        }
        return target;
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
}
