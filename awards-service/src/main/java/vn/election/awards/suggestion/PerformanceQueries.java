package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.tally.UnitStatus;

/** The facts {@link PerformanceFactRepository} keeps, read back as records for {@link PerformanceEvidence}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PerformanceQueries {

    /** A turnout report of a polling area at one checkpoint. */
    record TurnoutFact(String checkpoint, int voted, int onList, OffsetDateTime reportedAt) {}

    /** One accepted version of a polling area's minutes of one body. */
    record MinutesFact(String body, int version, String warnings, boolean firstTimeRight, boolean onTime) {}

    /** One result of an electoral unit for one body in one round. */
    record UnitFact(int round, UnitStatus status, int seats, int elected, String reason) {}

    private final EntityManager em;

    public PerformanceQueries(EntityManager em) {
        this.em = em;
    }

    /** The polling area's latest turnout report. */
    Optional<TurnoutFact> latestTurnout(UUID pollingAreaId) {
        return rows("""
                select checkpoint, voted, on_list, reported_at from turnout_fact where polling_area_id = ?1
                order by reported_at desc, checkpoint limit 1""", pollingAreaId).stream()
                .findFirst()
                .map(r -> new TurnoutFact(
                        (String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), toOffset(r[3])));
    }

    /** Every accepted minutes of the polling area, by body and version. */
    List<MinutesFact> minutes(UUID pollingAreaId) {
        return rows("""
                select body, version, warnings, first_time_right, on_time from minutes_fact
                where polling_area_id = ?1 order by body, version""", pollingAreaId).stream()
                .map(r -> new MinutesFact(
                        (String) r[0], ((Number) r[1]).intValue(), (String) r[2], (Boolean) r[3], (Boolean) r[4]))
                .toList();
    }

    /** The unit's results past the first count, in the order they were determined. */
    List<UnitFact> unitResults(UUID unitId) {
        return rows("""
                select round, status, seats, elected, reason from unit_fact
                where unit_id = ?1 and status <> 'FIRST_COUNT' order by determined_at, round""", unitId).stream()
                .map(r -> new UnitFact(
                        ((Number) r[0]).intValue(),
                        UnitStatus.valueOf((String) r[1]),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        (String) r[4]))
                .toList();
    }

    /** Whether each minutes the organization submitted was on time. */
    List<Boolean> minutesOnTime(UUID organizationId) {
        return column("select on_time from minutes_fact where submitted_by = ?1", organizationId).stream()
                .map(Boolean.class::cast)
                .toList();
    }

    /**
     * A result the organization certified, with the last day of the announcement of its unit: the first
     * announcement, should the unit be announced again after a repeat election.
     */
    record CertificationFact(OffsetDateTime certifiedAt, LocalDate deadline) {}

    /** An announcement the organization made, with its deadline, late or not (R-2, D-15). */
    record AnnouncementFact(LocalDate deadline, boolean late) {}

    /**
     * The results the organization certified whose unit has been announced; a result whose unit is not announced
     * yet has no deadline known here.
     */
    List<CertificationFact> certifications(UUID organizationId) {
        return rows("""
                select c.certified_at, a.deadline from certification_fact c
                join lateral (
                    select f.deadline from announced_unit_fact u join announcement_fact f using (announcement_id)
                    where u.unit_id = c.unit_id order by f.announced_at limit 1) a on true
                where c.certified_by = ?1 order by c.certified_at""", organizationId).stream()
                .map(r -> new CertificationFact(toOffset(r[0]), toLocalDate(r[1])))
                .toList();
    }

    /** The organizations that certified these units' results. */
    List<UUID> certifiersOf(List<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(
                        "select distinct certified_by from certification_fact where unit_id in (?1) and certified_by is not null",
                        UUID.class)
                .setParameter(1, unitIds)
                .getResultList();
    }

    /** The announcements the organization made. */
    List<AnnouncementFact> announcements(UUID organizationId) {
        return rows(
                        "select deadline, late from announcement_fact where announced_by = ?1 order by announced_at",
                        organizationId)
                .stream()
                .map(r -> new AnnouncementFact(toLocalDate(r[0]), (Boolean) r[1]))
                .toList();
    }

    private static LocalDate toLocalDate(Object date) {
        return date instanceof Date sql ? sql.toLocalDate() : (LocalDate) date;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private List<?> column(String sql, UUID parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private static OffsetDateTime toOffset(Object timestamp) {
        if (timestamp instanceof OffsetDateTime odt) {
            return odt;
        }
        if (timestamp instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (timestamp instanceof Timestamp sql) {
            return sql.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + timestamp.getClass());
    }
}
