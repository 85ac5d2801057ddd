package vn.election.awards.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.nomination.NominationState;

/** The counts behind the reports, read as records. */
@ApplicationScoped
public class ReportQueries {

    /** How many nominations of one form to one kind of recipient one issuer awarded, or was proposed. */
    record Count(String form, RecipientKind recipientKind, CampaignReport.Outcome outcome, String issuer, long count) {}

    private final EntityManager em;

    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The campaign's awards in force (decided, published or conferred; revoked ones no longer count) per
     * form, kind and issuer, then what it proposed to a higher issuer, per that issuer.
     */
    List<Count> campaignCounts(UUID campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select n.form, n.recipient_kind, 'AWARDED', c.issuer_name, count(*)
                        from nomination n join campaign c on c.id = n.campaign_id
                        where n.campaign_id = ?1 and n.state in ('DECIDED', 'PUBLISHED', 'CONFERRED')
                        group by n.form, n.recipient_kind, c.issuer_name
                        union all
                        select n.form, n.recipient_kind, 'PROPOSED_TO_HIGHER', t.issuer_name, count(*)
                        from nomination n join nomination p on p.forwarded_from = n.id
                            join campaign t on t.id = p.campaign_id
                        where n.campaign_id = ?1 and n.state = ?2
                        group by n.form, n.recipient_kind, t.issuer_name
                        order by 3, 1, 2""")
                .setParameter(1, campaignId)
                .setParameter(2, NominationState.FORWARDED_TO_HIGHER.name())
                .getResultList();
        return rows.stream()
                .map(r -> new Count(
                        (String) r[0],
                        RecipientKind.valueOf((String) r[1]),
                        CampaignReport.Outcome.valueOf((String) r[2]),
                        (String) r[3],
                        ((Number) r[4]).longValue()))
                .toList();
    }
}
