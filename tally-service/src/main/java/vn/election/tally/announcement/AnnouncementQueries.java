package vn.election.tally.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;

/** How far the announcements of an election have come, per body and council (R-2, D-15). */
@ApplicationScoped
public class AnnouncementQueries {

    /**
     * The units of one body in one council (all the NA's in one), and how many of them have no standing
     * announcement (D-14).
     */
    record Scope(CompetentBody body, long notAnnounced) {}

    private final EntityManager em;

    public AnnouncementQueries(EntityManager em) {
        this.em = em;
    }

    /** Every scope of the election, by body and administrative unit. */
    List<Scope> scopes(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select u.body, case when u.body = 'NATIONAL_ASSEMBLY' then null else u.administrative_unit_code end,
                               count(*) filter (where r.announced_at is null or r.status <> 'FINAL')
                        from electoral_unit u left join unit_round r on r.unit_id = u.id
                        where u.election_id = ?1
                        group by 1, 2 order by 1, 2""").setParameter(1, electionId).getResultList();
        return rows.stream()
                .map(r -> new Scope(
                        CompetentBody.of(Body.valueOf((String) r[0]), (String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }
}
