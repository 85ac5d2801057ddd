package vn.election.awards.campaign;

import static vn.election.awards.Text.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.awards.campaign.NewCampaign.CriterionView;
import vn.election.awards.campaign.NewCampaign.QuotaView;
import vn.election.awards.catalogue.Authority;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.FormView;
import vn.election.awards.election.Election;
import vn.election.awards.election.Elections;
import vn.election.events.Ruleset;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;

/** Opens campaigns of commendation. */
@ApplicationScoped
@Transactional
public class CampaignService {

    /**
     * K-6: no legal text fixes the criteria for election work; these are the checklist's defaults.
     */
    static final List<CriterionView> DEFAULT_CRITERIA = List.of(
            new CriterionView("TASKS_ON_TIME", "Hoàn thành tốt, đúng thời hạn các nhiệm vụ được giao"),
            new CriterionView("MINUTES_WITHOUT_ERRORS", "Biên bản kết quả bầu cử không có sai sót"),
            new CriterionView("HIGH_TURNOUT", "Tỷ lệ cử tri đi bầu cao hoặc đạt 100% tại khu vực bỏ phiếu"),
            new CriterionView("NO_VIOLATIONS", "Không có vi phạm nghiêm trọng, không có khiếu nại chưa giải quyết"));

    private final Campaigns campaigns;
    private final Elections elections;
    private final Catalogue catalogue;
    private final IssuerJurisdiction jurisdiction;
    private final Caller caller;
    private final Clock clock;

    public CampaignService(
            Campaigns campaigns,
            Elections elections,
            Catalogue catalogue,
            IssuerJurisdiction jurisdiction,
            Caller caller,
            Clock clock) {
        this.campaigns = campaigns;
        this.elections = elections;
        this.catalogue = catalogue;
        this.jurisdiction = jurisdiction;
        this.caller = caller;
        this.clock = clock;
    }

    public CampaignView open(NewCampaign request) {
        Election election = elections.known(request.electionId(), "electionId");
        Ruleset ruleset = election.ruleset();
        List<Problem.FieldError> errors = new ArrayList<>();
        // K-3: the authority must exist under the election's ruleset (no district chairman in 2026)
        Authority authority = catalogue.authority(ruleset, request.authority()).orElse(null);
        if (authority == null) {
            errors.add(new Problem.FieldError(
                    "authority",
                    "K-3",
                    request.authority() + " confers no award under the " + ruleset.code() + " ruleset"));
        }
        String scope =
                request.issuerScope() == null ? "" : request.issuerScope().strip();
        if (authority != null && authority.provincial()) {
            // K-10: decisions are numbered per issuer, and a province's issuer is known by the province's code
            if (scope.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "issuerScope",
                        "K-10",
                        authority.code() + " is a province's issuer: name the province by its official code"));
            } else {
                jurisdiction.requireActingFor(authority.code(), scope);
            }
        }
        List<CriterionView> criteria = request.criteria() == null ? DEFAULT_CRITERIA : request.criteria();
        checkDistinct(criteria.stream().map(CriterionView::code).toList(), "criteria", "K-6", errors);
        List<QuotaView> quotas = request.quotas() == null ? List.of() : request.quotas();
        for (int i = 0; i < quotas.size(); i++) {
            checkQuota(ruleset, authority, quotas.get(i), "quotas[" + i + "]", errors);
        }
        checkDistinct(
                quotas.stream().map(q -> q.form() + "/" + q.recipientKind()).toList(), "quotas", "K-7", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        String pattern = request.numberPattern() == null ? authority.numberPattern() : request.numberPattern();
        var campaign = new Campaign(
                UUID.randomUUID(),
                election.id(),
                nfc(request.name()),
                authority.code(),
                nfc(request.issuerName()),
                scope,
                nfc(pattern),
                request.partyOpinionRequired(),
                criteria.stream()
                        .map(c -> new Campaign.Criterion(c.code(), nfc(c.description())))
                        .toList(),
                quotas.stream()
                        .map(q -> new Campaign.Quota(q.form(), q.recipientKind(), q.max()))
                        .toList(),
                caller.actor(),
                OffsetDateTime.now(clock));
        campaigns.persist(campaign);
        return CampaignView.of(campaign, ruleset);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView get(UUID id) {
        Campaign campaign = campaigns.get(id);
        return CampaignView.of(campaign, elections.findById(campaign.electionId).ruleset());
    }

    /** A quota names a form of the ruleset, of the campaign's issuer type: its own or one it proposes upward (K-7). */
    private void checkQuota(
            Ruleset ruleset, Authority authority, QuotaView quota, String field, List<Problem.FieldError> errors) {
        FormView form = catalogue.forms(ruleset).stream()
                .filter(f -> f.code().equals(quota.form()))
                .findFirst()
                .orElse(null);
        if (form == null) {
            errors.add(new Problem.FieldError(
                    field + ".form",
                    "K-2",
                    quota.form() + " is not a form of award under the " + ruleset.code() + " ruleset"));
        } else if (authority != null && form.issuerType() != authority.issuerType()) {
            errors.add(new Problem.FieldError(
                    field + ".form",
                    "K-2",
                    quota.form() + " is a " + form.issuerType() + " award; this campaign's issuer is "
                            + authority.issuerType()));
        }
    }

    private static void checkDistinct(
            List<String> codes, String field, String ruleId, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", ruleId, codes.get(i) + " is listed twice"));
            }
        }
    }
}
