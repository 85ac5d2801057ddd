package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.CampaignRepository;
import vn.election.awards.campaign.IssuerJurisdiction;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.awards.nomination.NominationRequests.NewNomination;
import vn.election.awards.nomination.NominationService;
import vn.election.awards.nomination.NominationView;
import vn.election.awards.nominee.Achievement;
import vn.election.awards.nominee.Nominee;
import vn.election.awards.nominee.NomineeRepository;
import vn.election.awards.nominee.NomineeService;

/**
 * Suggestions from measured performance: recomputed from the facts whenever a fact or an organization
 * arrives, so applying the same event twice, or events in another order, gives the same suggestions.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    private final SuggestionRepository suggestions;
    private final PerformanceEvidence evidence;
    private final PerformanceQueries facts;
    private final NomineeRepository nominees;
    private final NomineeService nomineeService;
    private final NominationService nominations;
    private final CampaignRepository campaigns;
    private final IssuerJurisdiction jurisdiction;
    private final Clock clock;

    public SuggestionService(
            SuggestionRepository suggestions,
            PerformanceEvidence evidence,
            PerformanceQueries facts,
            NomineeRepository nominees,
            NomineeService nomineeService,
            NominationService nominations,
            CampaignRepository campaigns,
            IssuerJurisdiction jurisdiction,
            Clock clock) {
        this.suggestions = suggestions;
        this.evidence = evidence;
        this.facts = facts;
        this.nominees = nominees;
        this.nomineeService = nomineeService;
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    /** Re-evaluates every suggestion an organization of the election can have. */
    public void refresh(UUID electionId, UUID nomineeId) {
        suggestions.lockRefreshesOf(electionId);
        reevaluate(nominees.findById(nomineeId));
    }

    /** Re-evaluates the suggestions of the election teams (Tổ bầu cử) of a polling area. */
    public void refreshTeamsOf(UUID electionId, UUID pollingAreaId) {
        suggestions.lockRefreshesOf(electionId);
        nominees.teamsOf(pollingAreaId).forEach(this::reevaluate);
    }

    /** Re-evaluates the suggestions of the election boards (Ban bầu cử) of an electoral unit. */
    public void refreshBoardsOf(UUID electionId, UUID electoralUnitId) {
        suggestions.lockRefreshesOf(electionId);
        nominees.boardsOf(electoralUnitId).forEach(this::reevaluate);
    }

    /** Re-evaluates the suggestions of the committees that certified these units' results. */
    public void refreshCertifiersOf(UUID electionId, List<UUID> unitIds) {
        suggestions.lockRefreshesOf(electionId);
        facts.certifiersOf(unitIds).forEach(c -> reevaluate(nominees.findById(c)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuggestionRequests.Page active(UUID electionId, UUID after, int limit) {
        List<SuggestionView> page = suggestions.active(electionId, after, limit + 1).stream()
                .map(s -> SuggestionView.of(s, nominees.findById(s.nomineeId).name()))
                .toList();
        List<SuggestionView> items = page.stream().limit(limit).toList();
        return new SuggestionRequests.Page(
                items, page.size() > limit ? items.get(limit - 1).id() : null);
    }

    /**
     * Turns a suggestion into a DRAFT nomination in one call: its evidence becomes the achievement and
     * the achievement report, and the K-6 criterion it evidences is marked met.
     */
    public NominationView nominate(UUID suggestionId, SuggestionRequests.Nominate request) {
        // the campaign first: its issuer's province bounds who may nominate into it, whatever the suggestion
        Campaign campaign = campaigns.referenced(request.campaignId(), "campaignId");
        jurisdiction.requireActingFor(campaign);
        Suggestion suggestion = suggestions.lockForNomination(suggestionId);
        suggestion.requireNominatable();
        Achievement achievement =
                nomineeService.recordAchievement(nominees.findById(suggestion.nomineeId), suggestion.evidence);
        NominationView nomination = nominations.nominate(new NewNomination(
                request.campaignId(),
                suggestion.nomineeId,
                achievement.id(),
                request.form(),
                new Dossier(
                        null,
                        null,
                        null,
                        suggestion.evidence,
                        0,
                        suggestion.criteriaMet(campaign.criterionCodes()),
                        List.of())));
        suggestion.nominatedAs(nomination.id());
        return nomination;
    }

    private void reevaluate(Nominee nominee) {
        if (nominee == null || nominee.organizationKind() == null) {
            return;
        }
        for (SuggestionKind kind : SuggestionKind.values()) {
            if (kind.organizationKind() == nominee.organizationKind()) {
                evaluate(nominee, kind)
                        .ifPresent(found -> suggestions.save(
                                nominee.electionId(), nominee.id(), kind, found, OffsetDateTime.now(clock)));
            }
        }
    }

    private Optional<Evidence> evaluate(Nominee nominee, SuggestionKind kind) {
        return switch (kind) {
            case FULL_TURNOUT ->
                nominee.pollingAreaId() == null ? Optional.empty() : evidence.fullTurnout(nominee.pollingAreaId());
            case MINUTES_FIRST_TIME_RIGHT ->
                nominee.pollingAreaId() == null
                        ? Optional.empty()
                        : evidence.minutesFirstTimeRight(nominee.pollingAreaId());
            case UNIT_COMPLETED_IN_FIRST_ROUND ->
                nominee.electoralUnitId() == null
                        ? Optional.empty()
                        : evidence.unitCompletedInFirstRound(nominee.electoralUnitId());
            case REPORTS_ON_TIME -> evidence.reportsOnTime(nominee.id());
        };
    }
}
