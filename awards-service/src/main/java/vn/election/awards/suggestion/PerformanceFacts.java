package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.events.tally.UnitStatus;

/**
 * The tally's measurements, kept as facts under their natural keys (inserted once: redelivery and
 * reordering change nothing), and what they say about a team, a board or a committee.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PerformanceFacts {

    /** results are announced at most 10 days after election day; a committee's reports by then are on time. */
    static final int RESULTS_DEADLINE_DAYS = 10;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** W-5, W-6: a unit that reached any of these needed a second round. */
    private static final Set<UnitStatus> SECOND_ROUND = EnumSet.of(
            UnitStatus.NEEDS_ADDITIONAL_ELECTION,
            UnitStatus.NEEDS_REPEAT_ELECTION,
            UnitStatus.ADDITIONAL_ELECTION_DONE,
            UnitStatus.REPEAT_ELECTION_DONE);

    private final EntityManager em;

    public PerformanceFacts(EntityManager em) {
        this.em = em;
    }

    void record(TurnoutReported e) {
        insert("""
                insert into turnout_fact (polling_area_id, checkpoint, reported_at, election_id, voted, on_list)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""", e.pollingAreaId(), e.checkpoint(), e.reportedAt(), e.electionId(), e.voted(), e.onList());
    }

    void record(MinutesAccepted e) {
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

    void record(UnitResultDetermined e) {
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

    void record(UnitResultCertified e) {
        insert("""
                insert into certification_fact (unit_id, body, election_id, certified_by, certified_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""", e.unitId(), e.body().name(), e.electionId(), nullableUuid(e.certifiedBy()), e.certifiedAt());
    }

    /** The team's polling area at its latest turnout report: 100 % of the listed voters (K-6). */
    Optional<Evidence> fullTurnout(UUID pollingAreaId) {
        List<Object[]> rows = rows("""
                select checkpoint, voted, on_list, reported_at from turnout_fact where polling_area_id = ?1
                order by reported_at desc, checkpoint limit 1""", pollingAreaId);
        return rows.stream().findFirst().map(r -> {
            int voted = ((Number) r[1]).intValue();
            int onList = ((Number) r[2]).intValue();
            String at = r[0] + ", " + local(r[3]);
            return onList > 0 && voted == onList
                    ? new Evidence(
                            true, "Khu vực bỏ phiếu đạt 100% cử tri đi bầu: " + voted + "/" + onList + " (" + at + ")")
                    : new Evidence(false, "Cử tri đi bầu " + voted + "/" + onList + " (" + at + "), chưa đạt 100%");
        });
    }

    /** Every minutes of the team's polling area accepted at version 1, without warnings, on time (M-4). */
    Optional<Evidence> minutesFirstTimeRight(UUID pollingAreaId) {
        List<Object[]> rows = rows("""
                select body, version, warnings, first_time_right, on_time from minutes_fact
                where polling_area_id = ?1 order by body, version""", pollingAreaId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Object[] r : rows) {
            boolean clean =
                    ((Number) r[1]).intValue() == 1 && ((String) r[2]).isEmpty() && (Boolean) r[3] && (Boolean) r[4];
            (clean ? good : bad)
                    .add(r[0] + " v" + r[1] + (((String) r[2]).isEmpty() ? "" : " [" + r[2] + "]")
                            + ((Boolean) r[4] ? "" : " trễ hạn"));
        }
        return Optional.of(
                bad.isEmpty()
                        ? new Evidence(
                                true,
                                "Biên bản kết quả kiểm phiếu được chấp nhận ngay lần đầu, không có cảnh báo, "
                                        + "đúng hạn: " + String.join(", ", good))
                        : new Evidence(
                                false, "Biên bản phải sửa, có cảnh báo hoặc trễ hạn: " + String.join(", ", bad)));
    }

    /** The board's unit: a valid result in round 1 and no additional or repeat election (W-5, W-6). */
    Optional<Evidence> unitCompletedInFirstRound(UUID unitId) {
        List<Object[]> rows = rows("""
                select round, status, seats, elected, reason from unit_fact
                where unit_id = ?1 and status <> 'FIRST_COUNT' order by determined_at, round""", unitId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Optional<Object[]> second = rows.stream()
                .filter(r -> ((Number) r[0]).intValue() > 1 || SECOND_ROUND.contains(UnitStatus.valueOf((String) r[1])))
                .findFirst();
        if (second.isPresent()) {
            return Optional.of(new Evidence(
                    false,
                    "Đơn vị bầu cử phải bầu thêm hoặc bầu lại: " + second.get()[1]
                            + (second.get()[4] == null ? "" : " (" + second.get()[4] + ")")));
        }
        Object[] last = rows.get(rows.size() - 1);
        return Optional.of(new Evidence(
                true,
                "Đơn vị bầu cử hoàn thành ngay lần bầu đầu, không bầu thêm, không bầu lại: " + last[3] + "/" + last[2]
                        + " ghế (" + last[1] + ")"));
    }

    /**
     * Every report of the committee on time: the minutes it submitted (M-4) and the results it certified,
     * by {@value #RESULTS_DEADLINE_DAYS} days after election day.
     */
    Optional<Evidence> reportsOnTime(UUID organizationId, LocalDate electionDay) {
        List<Object[]> minutes = rows("select on_time from minutes_fact where submitted_by = ?1", organizationId);
        List<Object[]> certified =
                rows("select certified_at from certification_fact where certified_by = ?1", organizationId);
        int total = minutes.size() + certified.size();
        if (total == 0) {
            return Optional.empty();
        }
        LocalDate deadline = electionDay.plusDays(RESULTS_DEADLINE_DAYS);
        long late = minutes.stream().filter(r -> !(Boolean) r[0]).count()
                + certified.stream()
                        .filter(r -> toOffset(r[0])
                                .atZoneSameInstant(VIETNAM)
                                .toLocalDate()
                                .isAfter(deadline))
                        .count();
        return Optional.of(
                late == 0
                        ? new Evidence(
                                true, total + "/" + total + " báo cáo đúng hạn (hạn công bố kết quả " + deadline + ")")
                        : new Evidence(
                                false, late + "/" + total + " báo cáo trễ hạn (hạn công bố kết quả " + deadline + ")"));
    }

    private void insert(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream()
                .map(r -> r instanceof Object[] array ? array : new Object[] {r})
                .toList();
    }

    /** A null needs its SQL type, or PostgreSQL cannot tell what the parameter is. */
    private static TypedParameterValue<UUID> nullableUuid(UUID value) {
        return new TypedParameterValue<>(StandardBasicTypes.UUID, value);
    }

    private static String local(Object timestamp) {
        return toOffset(timestamp).atZoneSameInstant(VIETNAM).toOffsetDateTime().toString();
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
