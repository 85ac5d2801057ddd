package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.kit.text.Texts;

/** The candidates recognized as elected at no level (C-5, D-40), by unit. */
@ApplicationScoped
public class NotRecognizedQueries {

    private final EntityManager em;

    public NotRecognizedQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the finding on a candidacy; the first finding on it stands.
     *
     * @return whether it was new
     */
    boolean record(CandidateNotRecognized finding, OffsetDateTime at) {
        return em.createNativeQuery("""
                        insert into candidate_not_recognized (unit_id, candidate_id, election_id, rule, reason, found_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                        .setParameter(1, finding.unitId())
                        .setParameter(2, finding.candidateId())
                        .setParameter(3, finding.electionId())
                        .setParameter(4, finding.rule())
                        .setParameter(5, Texts.nfc(finding.reason(), Texts.Whitespace.KEEP))
                        .setParameter(6, at)
                        .executeUpdate()
                == 1;
    }

    /** The findings on the candidates of these units, by unit, then candidate; a unit with none is absent. */
    Map<UUID, Map<UUID, NotRecognized>> of(Collection<UUID> unitIds) {
        Map<UUID, Map<UUID, NotRecognized>> findings = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select n.unit_id, n.candidate_id, c.full_name, n.rule, n.reason
                        from candidate_not_recognized n
                        left join candidate c on c.unit_id = n.unit_id and c.candidate_id = n.candidate_id
                        where n.unit_id in (?1)""").setParameter(1, unitIds).getResultList()) {
            Object[] r = (Object[]) row;
            findings.computeIfAbsent((UUID) r[0], u -> new HashMap<>())
                    .put((UUID) r[1], new NotRecognized((UUID) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return findings;
    }
}
