package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.ResultsAnnounced;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;

/**
 * The tally's measurements, kept as facts under their natural keys: each is inserted once, so redelivery
 * and reordering change nothing. {@link PerformanceQueries} reads them back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PerformanceFactRepository {

    private final EntityManager em;

    public PerformanceFactRepository(EntityManager em) {
        this.em = em;
    }

    public void record(TurnoutReported e) {
        insert("""
                insert into turnout_fact (polling_area_id, checkpoint, reported_at, election_id, voted, on_list)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""", e.pollingAreaId(), e.checkpoint(), e.reportedAt(), e.electionId(), e.voted(), e.onList());
    }

    public void record(MinutesAccepted e) {
        insert(
                """
                insert into minutes_fact (polling_area_id, body, version, election_id, warnings, first_time_right,
                    on_time, submitted_by, accepted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""",
                e.pollingAreaId(),
                e.body().name(),
                e.version(),
                e.electionId(),
                String.join(",", e.warnings() == null ? List.of() : e.warnings()),
                e.firstTimeRight(),
                e.onTime(),
                nullableUuid(e.submittedBy()),
                e.acceptedAt());
    }

    public void record(UnitResultDetermined e) {
        insert(
                """
                insert into unit_fact (unit_id, body, round, status, election_id, reason, seats, elected, determined_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""",
                e.unitId(),
                e.body().name(),
                e.round(),
                e.status().name(),
                e.electionId(),
                new TypedParameterValue<>(StandardBasicTypes.STRING, e.reason()),
                e.seats(),
                e.elected() == null ? 0 : e.elected().size(),
                e.determinedAt());
    }

    public void record(UnitResultCertified e) {
        insert("""
                insert into certification_fact (unit_id, body, election_id, certified_by, certified_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""", e.unitId(), e.body().name(), e.electionId(), nullableUuid(e.certifiedBy()), e.certifiedAt());
    }

    public void record(ResultsAnnounced e) {
        insert(
                """
                insert into announcement_fact (announcement_id, election_id, body, announced_by, announced_at, deadline, late)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""",
                e.announcementId(),
                e.electionId(),
                e.body().name(),
                nullableUuid(e.announcedBy()),
                e.announcedAt(),
                e.deadline(),
                e.late());
        e.units().forEach(unit -> insert("""
                insert into announced_unit_fact (unit_id, announcement_id) values (?1, ?2)
                on conflict do nothing""", unit, e.announcementId()));
    }

    private void insert(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    /** A null needs its SQL type, or PostgreSQL cannot tell what the parameter is. */
    private static TypedParameterValue<UUID> nullableUuid(UUID value) {
        return new TypedParameterValue<>(StandardBasicTypes.UUID, value);
    }
}
