package vn.election.registry.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.ProblemException;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /** What a listing asks for; a null field does not filter. */
    record Filter(ComplaintSubject subject, ComplaintState state, boolean overdueOnly, LocalDate today) {}

    /** The election's complaint; 404 if there is none. */
    Complaint require(UUID electionId, UUID complaintId) {
        return findByIdOptional(complaintId)
                .filter(c -> c.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("complaint", complaintId));
    }

    /**
     * The election's complaints about a list or a candidate inside {@code holder} (a polling area's commune or
     * electoral units, a candidate's unit and its administrative unit with that one's parents), by deadline.
     */
    List<Complaint> within(UUID electionId, Jurisdiction holder, Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select c.id from complaint c
                left join polling_area a on a.id = c.polling_area_id
                left join administrative_unit ac on ac.code = a.commune_code
                left join candidate k on k.id = c.candidate_id
                left join electoral_unit u on u.id = k.electoral_unit_id
                left join administrative_unit au on au.code = u.administrative_unit_code
                where c.election_id = :election""");
        Map<String, Object> params = new HashMap<>(Map.of("election", electionId));
        switch (holder.kind()) {
            case NATION -> {}
            case ADMINISTRATIVE_UNIT -> {
                sql.append(" and :place in (ac.code, ac.parent_code, ac.province_code,"
                        + " au.code, au.parent_code, au.province_code)");
                params.put("place", holder.id());
            }
            case ELECTORAL_UNIT -> {
                sql.append(" and (k.electoral_unit_id = :place or c.polling_area_id in"
                        + " (select polling_area_id from polling_area_unit where electoral_unit_id = :place))");
                params.put("place", holder.uuid());
            }
            case POLLING_AREA -> {
                sql.append(" and c.polling_area_id = :place");
                params.put("place", holder.uuid());
            }
        }
        if (filter.subject() != null) {
            sql.append(" and c.subject = :subject");
            params.put("subject", filter.subject().name());
        }
        if (filter.state() != null) {
            sql.append(" and c.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.overdueOnly()) {
            sql.append(" and c.state = 'FILED' and c.deadline < :today");
            params.put("today", filter.today());
        }
        Query query = getEntityManager().createNativeQuery(sql.toString(), UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by deadline, filedOn, id", ids);
    }

    /** D-37: of these citizens, those an unresolved list complaint of the election concerns. */
    Set<String> votersUnderComplaint(UUID electionId, Collection<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery(
                        "select distinct c.voterCitizenId from Complaint c where c.electionId = :election"
                                + " and c.voterCitizenId in :citizens and c.state in :unresolved",
                        String.class)
                .setParameter("election", electionId)
                .setParameter("citizens", citizenIds)
                .setParameter("unresolved", ComplaintState.UNRESOLVED)
                .getResultList());
    }

    /** D-37: of these candidates, those under an unresolved complaint. */
    Set<UUID> candidatesUnderComplaint(Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery(
                        "select distinct c.candidateId from Complaint c where c.candidateId in :candidates"
                                + " and c.state in :unresolved",
                        UUID.class)
                .setParameter("candidates", candidateIds)
                .setParameter("unresolved", ComplaintState.UNRESOLVED)
                .getResultList());
    }
}
