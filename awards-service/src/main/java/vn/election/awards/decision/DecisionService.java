package vn.election.awards.decision;

import static vn.election.kit.text.Texts.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.CampaignRepository;
import vn.election.awards.campaign.IssuerJurisdiction;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.FormView;
import vn.election.awards.decision.DecisionRequests.Conferral;
import vn.election.awards.decision.DecisionRequests.NewDecision;
import vn.election.awards.decision.DecisionRequests.Publication;
import vn.election.awards.decision.DecisionRequests.Revocation;
import vn.election.awards.election.ElectionRepository;
import vn.election.awards.nomination.Action;
import vn.election.awards.nomination.Nomination;
import vn.election.awards.nomination.NominationRepository;
import vn.election.awards.nomination.Step;
import vn.election.awards.nomination.Steps;
import vn.election.awards.nominee.NomineeRepository;
import vn.election.events.Rule;
import vn.election.events.awards.AwardConferred;
import vn.election.events.awards.AwardDecided;
import vn.election.events.awards.AwardRevoked;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;

/**
 * Decides, publishes, confers and revokes awards (K-9 from DECIDED on, K-10, K-12). Each change and its
 * event commit together (outbox).
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    /** The election-day clock is Vietnam's, and so is the calendar of decision numbers (K-10). */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DecisionRepository decisions;
    private final CampaignRepository campaigns;
    private final ElectionRepository elections;
    private final Catalogue catalogue;
    private final NominationRepository nominations;
    private final NomineeRepository nominees;
    private final Steps steps;
    private final IssuerJurisdiction jurisdiction;
    private final Outbox outbox;
    private final Clock clock;

    public DecisionService(
            DecisionRepository decisions,
            CampaignRepository campaigns,
            ElectionRepository elections,
            Catalogue catalogue,
            NominationRepository nominations,
            NomineeRepository nominees,
            Steps steps,
            IssuerJurisdiction jurisdiction,
            Outbox outbox,
            Clock clock) {
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.elections = elections;
        this.catalogue = catalogue;
        this.nominations = nominations;
        this.nominees = nominees;
        this.steps = steps;
        this.jurisdiction = jurisdiction;
        this.outbox = outbox;
        this.clock = clock;
    }

    public DecisionView decide(NewDecision request) {
        Step step = steps.authorize(Action.DECIDE);
        jurisdiction.requireActingFor(campaigns.referenced(request.campaignId(), "campaignId"));
        // quotas count what this campaign already decided (K-7): one approval of a campaign at a time
        Campaign campaign = campaigns.lockForQuota(request.campaignId());
        if (request.signedOn().isAfter(LocalDate.now(clock.withZone(VIETNAM)))) {
            throw ProblemException.ruleViolation(
                    "signedOn",
                    Rule.K_10,
                    "a decision is numbered after it is signed, " + "not before; " + request.signedOn()
                            + " is in the future");
        }
        if (new HashSet<>(request.nominationIds()).size()
                != request.nominationIds().size()) {
            throw ProblemException.ruleViolation("nominationIds", Rule.K_10, "a nomination is listed twice");
        }
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < request.nominationIds().size(); i++) {
            String field = "nominationIds[" + i + "]";
            Nomination nomination =
                    nominations.referenced(request.nominationIds().get(i), field);
            if (!nomination.campaignId().equals(campaign.id())) {
                throw ProblemException.ruleViolation(field, Rule.K_10, "nomination of another campaign");
            }
            Step leaving = step.in(campaign).leaving(nominees.findById(nomination.nomineeId()), field);
            nomination.check(Action.DECIDE, leaving);
            listed.add(new Listed(nomination, leaving));
        }
        String formCode = listed.get(0).nomination().form();
        if (listed.stream().anyMatch(l -> !l.nomination().form().equals(formCode))) {
            throw ProblemException.ruleViolation("nominationIds", Rule.K_10, "a decision confers one form");
        }
        FormView form = catalogue.form(elections.findById(campaign.electionId()).ruleset(), formCode);
        if (!form.conferrableBy(campaign.authority())) {
            throw ProblemException.ruleViolation(
                    "nominationIds",
                    Rule.K_4,
                    campaign.authority() + " does not confer " + formCode + "; forward it to the issuer who does");
        }
        listed.stream()
                .collect(Collectors.groupingBy(l -> l.nomination().recipientKind(), Collectors.counting()))
                .forEach((kind, count) -> campaign.requireWithinQuota(
                        formCode,
                        kind,
                        nominations.countUsingQuota(campaign.id(), formCode, kind),
                        count,
                        "nominationIds"));

        int year = request.signedOn().getYear();
        int sequence = decisions.nextNumber(campaign.issuerKey(), year);
        var decision = new Decision(
                UUID.randomUUID(),
                campaign.id(),
                campaign.issuerKey(),
                year,
                sequence,
                campaign.decisionNumber(sequence),
                formCode,
                request.signedOn(),
                nfc(request.signedBy()),
                step.actor(),
                step.at());
        decisions.persist(decision);
        for (Listed each : listed) {
            Nomination nomination = each.nomination();
            nomination.take(Action.DECIDE, each.step().because(decision.number));
            decisions.persist(new Award(
                    UUID.randomUUID(),
                    decision.id,
                    nomination.id(),
                    nomination.nomineeId(),
                    nomination.recipientKind(),
                    form.prizeVnd(nomination.recipientKind())));
        }
        outbox.record(new AwardDecided(
                decision.id,
                decision.number,
                formCode,
                campaign.issuerName(),
                decision.signedOn,
                listed.stream().map(l -> l.nomination().nomineeId()).toList()));
        return view(decision);
    }

    public DecisionView publish(UUID decisionId, Publication request) {
        Step step = steps.authorize(Action.PUBLISH).because("published " + request.publishedOn());
        Decision decision = actingOn(decisionId);
        for (Award award : decisions.awards(decisionId)) {
            if (award.inForce()) {
                nominations.get(award.nominationId).take(Action.PUBLISH, step);
            }
        }
        decision.publish(request.publishedOn());
        return view(decision);
    }

    public DecisionView confer(UUID decisionId, Conferral request) {
        Step step = steps.authorize(Action.CONFER).because("conferred " + request.conferredOn());
        Decision decision = actingOn(decisionId);
        Award award = decisions.award(decisionId, request.nomineeId(), "nomineeId");
        nominations.get(award.nominationId).take(Action.CONFER, step);
        award.confer(request.conferredOn());
        outbox.record(new AwardConferred(decisionId, award.nomineeId, award.conferredOn));
        return view(decision);
    }

    /** K-12: the award is cancelled, its object and money recovered; the award row and history stay. */
    public DecisionView revoke(UUID decisionId, Revocation request) {
        Step step = steps.authorize(Action.REVOKE);
        Decision decision = actingOn(decisionId);
        Award award = decisions.award(decisionId, request.nomineeId(), "nomineeId");
        String why = nfc(request.reason());
        String reason = request.ground() + ": " + why;
        nominations.get(award.nominationId).take(Action.REVOKE, step.because(reason));
        award.revoke(request.ground(), why, request.revokedOn());
        outbox.record(new AwardRevoked(decisionId, award.nomineeId, reason, award.revokedOn));
        return view(decision);
    }

    /** The decision, once the caller may act for its campaign's issuer. */
    private Decision actingOn(UUID decisionId) {
        Decision decision = decisions.get(decisionId);
        jurisdiction.requireActingFor(campaigns.get(decision.campaignId));
        return decision;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionView get(UUID id) {
        return view(decisions.get(id));
    }

    /** The decision with its nominees by name (the list attached to a decision). */
    public DecisionView view(Decision decision) {
        Campaign campaign = campaigns.get(decision.campaignId);
        FormView form = catalogue.form(elections.findById(campaign.electionId()).ruleset(), decision.form);
        List<Award> awards = decisions.awards(decision.id);
        Map<UUID, Nomination> byId = awards.stream()
                .map(a -> nominations.get(a.nominationId))
                .collect(Collectors.toMap(Nomination::id, Function.identity()));
        List<DecisionView.AwardView> views = awards.stream()
                .map(a -> new DecisionView.AwardView(
                        a.nomineeId,
                        a.nominationId,
                        nominees.findById(a.nomineeId).name(),
                        a.recipientKind,
                        a.prizeVnd,
                        byId.get(a.nominationId).state(),
                        a.conferredOn,
                        a.revokedOn,
                        a.revocationGround,
                        a.revocationReason,
                        a.recoveredVnd))
                .sorted(Comparator.comparing(DecisionView.AwardView::recipientKind)
                        .thenComparing(DecisionView.AwardView::name))
                .toList();
        return new DecisionView(
                decision.id,
                decision.campaignId,
                decision.number,
                decision.form,
                form.name(),
                campaign.issuerName(),
                decision.signedOn,
                decision.signedBy,
                decision.createdBy,
                decision.publishedOn,
                views);
    }

    /** A nomination listed in a decision, with the step that decides it. */
    private record Listed(Nomination nomination, Step step) {}
}
