package vn.election.awards.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.campaign.CampaignRepository;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.decision.DecisionService;
import vn.election.awards.decision.DecisionView;
import vn.election.awards.election.Election;
import vn.election.awards.election.ElectionRepository;
import vn.election.awards.nomination.NominationRepository;
import vn.election.awards.nomination.NominationState;
import vn.election.awards.nominee.AchievementRepository;
import vn.election.awards.nominee.Nominee;
import vn.election.awards.nominee.NomineeRepository;
import vn.election.events.Rule;
import vn.election.kit.problem.ProblemException;

/** The campaign's counts, the decisions' lists and the certificates. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final ReportQueries queries;
    private final CampaignRepository campaigns;
    private final ElectionRepository elections;
    private final Catalogue catalogue;
    private final DecisionService decisions;
    private final NominationRepository nominations;
    private final NomineeRepository nominees;
    private final AchievementRepository achievements;
    private final CertificatePdf pdf;

    public ReportService(
            ReportQueries queries,
            CampaignRepository campaigns,
            ElectionRepository elections,
            Catalogue catalogue,
            DecisionService decisions,
            NominationRepository nominations,
            NomineeRepository nominees,
            AchievementRepository achievements,
            CertificatePdf pdf) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.elections = elections;
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.nominations = nominations;
        this.nominees = nominees;
        this.achievements = achievements;
        this.pdf = pdf;
    }

    /**
     * How many collectives and individuals the campaign awarded, per form and issuer (revoked awards no
     * longer count), and how many it proposed to a higher issuer (e.g. "64 collectives and 98
     * individuals got the provincial chairman's Bằng khen; 3 + 3 were proposed to the Prime Minister").
     */
    public CampaignReport counts(UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        Election election = elections.findById(campaign.electionId());
        return new CampaignReport(
                campaignId,
                campaign.issuerName(),
                queries.campaignCounts(campaignId).stream()
                        .map(c -> new CampaignReport.Row(
                                c.form(),
                                catalogue.form(election.ruleset(), c.form()).name(),
                                c.recipientKind(),
                                c.outcome(),
                                c.issuer(),
                                c.count()))
                        .toList());
    }

    public Table countsTable(UUID campaignId) {
        return new Table(
                "Tổng hợp",
                List.of("Hình thức khen thưởng", "Đối tượng", "Kết quả", "Cấp khen thưởng", "Số lượng"),
                counts(campaignId).rows().stream()
                        .map(r -> List.<Object>of(
                                r.formName(),
                                kindVi(r.recipientKind()),
                                r.outcome() == CampaignReport.Outcome.AWARDED
                                        ? "Đã khen thưởng"
                                        : "Đề nghị cấp trên khen thưởng",
                                r.issuer(),
                                r.count()))
                        .toList());
    }

    /** The list of nominees attached to a decision (danh sách kèm theo quyết định). */
    public Table decisionTable(UUID decisionId) {
        DecisionView decision = decisions.get(decisionId);
        List<DecisionView.AwardView> awards = decision.awards();
        return new Table(
                decision.number().replace('/', '-'),
                List.of("STT", "Tên tập thể, cá nhân", "Đối tượng", "Tiền thưởng (đồng)", "Trạng thái"),
                Stream.iterate(0, i -> i < awards.size(), i -> i + 1)
                        .map(i -> {
                            DecisionView.AwardView a = awards.get(i);
                            return List.<Object>of(
                                    i + 1,
                                    a.name(),
                                    kindVi(a.recipientKind()),
                                    a.prizeVnd() == null ? "" : a.prizeVnd(),
                                    a.state().name());
                        })
                        .collect(Collectors.toList()));
    }

    /** The certificate of a conferred award; a certificate exists only once it was handed over. */
    public byte[] certificate(UUID decisionId, UUID nomineeId) {
        DecisionView decision = decisions.get(decisionId);
        DecisionView.AwardView award = decision.awards().stream()
                .filter(a -> a.nomineeId().equals(nomineeId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("award of nominee", nomineeId));
        if (award.state() != NominationState.CONFERRED) {
            throw ProblemException.conflict(
                    Rule.K_9 + ": a certificate is issued for a CONFERRED award; this one is " + award.state());
        }
        Nominee nominee = nominees.findById(nomineeId);
        String position = Stream.of(nominee.role(), nominee.workplace())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        String achievement = achievements
                .findById(nominations.get(award.nominationId()).achievementId())
                .description();
        return pdf.render(new CertificatePdf.Certificate(
                decision.issuerName(),
                decision.formName(),
                nominee.name(),
                position,
                achievement,
                "Quyết định số " + decision.number() + " " + VietnameseDates.longForm(decision.signedOn()),
                elections
                        .findById(campaigns.get(decision.campaignId()).electionId())
                        .drill()));
    }

    private static String kindVi(RecipientKind kind) {
        return kind == RecipientKind.COLLECTIVE ? "Tập thể" : "Cá nhân";
    }
}
