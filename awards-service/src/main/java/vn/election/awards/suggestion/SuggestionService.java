package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.Campaigns;
import vn.election.awards.campaign.IssuerJurisdiction;
import vn.election.awards.election.Elections;
import vn.election.awards.nomination.NominationRequests.Dossier;
import vn.election.awards.nomination.NominationRequests.NewNomination;
import vn.election.awards.nomination.NominationService;
import vn.election.awards.nomination.NominationView;
import vn.election.awards.nominee.Achievement;
import vn.election.awards.nominee.Nominee;
import vn.election.awards.nominee.NomineeService;
import vn.election.awards.nominee.Nominees;
import vn.election.kit.problem.ProblemException;

/**
 * Suggestions from measured performance: recomputed from the facts whenever a fact or an organization
 * arrives, so applying the same event twice, or events in another order, gives the same suggestions.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    private final PerformanceFacts facts;
    private final Nominees nominees;
    private final NomineeService nomineeService;
    private final NominationService nominations;
    private final Campaigns campaigns;
    private final IssuerJurisdiction jurisdiction;
    private final Elections elections;
    private final EntityManager em;
    private final Clock clock;

    public SuggestionService(
            PerformanceFacts facts,
            Nominees nominees,
            NomineeService nomineeService,
            NominationService nominations,
            Campaigns campaigns,
            IssuerJurisdiction jurisdiction,
            Elections elections,
            EntityManager em,
            Clock clock) {
        this.facts = facts;
        this.nominees = nominees;
        this.nomineeService = nomineeService;
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.elections = elections;
        this.em = em;
        this.clock = clock;
    }

    /** Re-evaluates every suggestion an organization can have. */
    public void refresh(UUID nomineeId) {
        Nominee nominee = nominees.findById(nomineeId);
        if (nominee == null || nominee.organizationKind() == null) {
            return;
        }
        serializeWithOtherRefreshesOf(nominee.electionId());
        for (SuggestionKind kind : SuggestionKind.values()) {
            if (kind.organizationKind() == nominee.organizationKind()) {
                evaluate(nominee, kind).ifPresent(evidence -> save(nominee, kind, evidence));
            }
        }
    }

    /**
     * The facts of one suggestion arrive on three topics, applied by three consumers in parallel, each in
     * its own transaction. Two refreshes that ran side by side would each miss the other's new fact, and
     * the later commit would keep a stale count. Holding a lock per election until commit makes the
     * second refresh wait, then read the first one's fact (READ COMMITTED sees it once committed). One
     * lock per election, taken before any row lock, cannot deadlock with another refresh.
     */
    private void serializeWithOtherRefreshesOf(UUID electionId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, electionId.getMostSignificantBits() ^ electionId.getLeastSignificantBits())
                .getSingleResult();
    }

    void refreshTeamsOf(UUID pollingAreaId) {
        nominees.teamsOf(pollingAreaId).forEach(team -> refresh(team.id()));
    }

    void refreshBoardsOf(UUID electoralUnitId) {
        nominees.boardsOf(electoralUnitId).forEach(board -> refresh(board.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuggestionRequests.Page active(UUID electionId, UUID after, int limit) {
        List<SuggestionView> page = em
                .createQuery(
                        "from Suggestion where electionId = ?1 and active and id > ?2 order by id", Suggestion.class)
                .setParameter(1, electionId)
                .setParameter(2, after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit + 1)
                .getResultList()
                .stream()
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
        Suggestion suggestion = Optional.ofNullable(
                        em.find(Suggestion.class, suggestionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("suggestion", suggestionId));
        if (suggestion.nominationId != null) {
            throw ProblemException.conflict(
                    "suggestion " + suggestionId + " is already nomination " + suggestion.nominationId);
        }
        if (!suggestion.active) {
            throw ProblemException.conflict("suggestion " + suggestionId + " was withdrawn: " + suggestion.evidence);
        }
        Set<String> criteria = campaign.criterionCodes().stream()
                .filter(suggestion.kind.criterion()::equals)
                .collect(Collectors.toSet());
        Achievement achievement =
                nomineeService.recordAchievement(nominees.findById(suggestion.nomineeId), suggestion.evidence);
        NominationView nomination = nominations.nominate(new NewNomination(
                request.campaignId(),
                suggestion.nomineeId,
                achievement.id(),
                request.form(),
                new Dossier(null, null, null, suggestion.evidence, 0, criteria, List.of())));
        suggestion.nominationId = nomination.id();
        return nomination;
    }

    private Optional<Evidence> evaluate(Nominee nominee, SuggestionKind kind) {
        return switch (kind) {
            case FULL_TURNOUT ->
                nominee.pollingAreaId() == null ? Optional.empty() : facts.fullTurnout(nominee.pollingAreaId());
            case MINUTES_FIRST_TIME_RIGHT ->
                nominee.pollingAreaId() == null
                        ? Optional.empty()
                        : facts.minutesFirstTimeRight(nominee.pollingAreaId());
            case UNIT_COMPLETED_IN_FIRST_ROUND ->
                nominee.electoralUnitId() == null
                        ? Optional.empty()
                        : facts.unitCompletedInFirstRound(nominee.electoralUnitId());
            case REPORTS_ON_TIME ->
                elections
                        .findByIdOptional(nominee.electionId())
                        .flatMap(election -> facts.reportsOnTime(nominee.id(), election.electionDay()));
        };
    }

    /** Upsert by (nominee, kind): concurrent consumers of the two tally topics may refresh the same one. */
    private void save(Nominee nominee, SuggestionKind kind, Evidence evidence) {
        em.createNativeQuery("""
                        insert into suggestion (id, election_id, nominee_id, kind, evidence, active, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (nominee_id, kind) do update set evidence = excluded.evidence,
                            active = excluded.active, updated_at = excluded.updated_at
                        where suggestion.evidence <> excluded.evidence or suggestion.active <> excluded.active""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, nominee.electionId())
                .setParameter(3, nominee.id())
                .setParameter(4, kind.name())
                .setParameter(5, evidence.text())
                .setParameter(6, evidence.met())
                .setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
    }
}
