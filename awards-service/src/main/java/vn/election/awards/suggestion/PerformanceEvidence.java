package vn.election.awards.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.election.awards.suggestion.PerformanceQueries.AnnouncementFact;
import vn.election.awards.suggestion.PerformanceQueries.CertificationFact;
import vn.election.awards.suggestion.PerformanceQueries.MinutesFact;
import vn.election.awards.suggestion.PerformanceQueries.UnitFact;
import vn.election.events.tally.UnitStatus;

/** What the tally's measured facts say about a team, a board or a committee, in words an officer reads. */
@ApplicationScoped
public class PerformanceEvidence {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** W-5, W-6: a unit that reached any of these needed a second round. */
    private static final Set<UnitStatus> SECOND_ROUND = EnumSet.of(
            UnitStatus.NEEDS_ADDITIONAL_ELECTION,
            UnitStatus.NEEDS_REPEAT_ELECTION,
            UnitStatus.ADDITIONAL_ELECTION_DONE,
            UnitStatus.REPEAT_ELECTION_DONE);

    private final PerformanceQueries facts;

    public PerformanceEvidence(PerformanceQueries facts) {
        this.facts = facts;
    }

    /** The team's polling area at its latest turnout report: 100 % of the listed voters (K-6). */
    Optional<Evidence> fullTurnout(UUID pollingAreaId) {
        return facts.latestTurnout(pollingAreaId).map(t -> {
            String at = t.checkpoint() + ", " + local(t.reportedAt());
            return t.onList() > 0 && t.voted() == t.onList()
                    ? new Evidence(
                            true,
                            "Khu vực bỏ phiếu đạt 100% cử tri đi bầu: " + t.voted() + "/" + t.onList() + " (" + at
                                    + ")")
                    : new Evidence(
                            false, "Cử tri đi bầu " + t.voted() + "/" + t.onList() + " (" + at + "), chưa đạt 100%");
        });
    }

    /** Every minutes of the team's polling area accepted at version 1, without warnings, on time (M-4). */
    Optional<Evidence> minutesFirstTimeRight(UUID pollingAreaId) {
        List<MinutesFact> minutes = facts.minutes(pollingAreaId);
        if (minutes.isEmpty()) {
            return Optional.empty();
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (MinutesFact m : minutes) {
            boolean clean = m.version() == 1 && m.warnings().isEmpty() && m.firstTimeRight() && m.onTime();
            (clean ? good : bad)
                    .add(m.body() + " v" + m.version() + (m.warnings().isEmpty() ? "" : " [" + m.warnings() + "]")
                            + (m.onTime() ? "" : " trễ hạn"));
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
        List<UnitFact> results = facts.unitResults(unitId);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitFact> second = results.stream()
                .filter(r -> r.round() > 1 || SECOND_ROUND.contains(r.status()))
                .findFirst();
        if (second.isPresent()) {
            return Optional.of(new Evidence(
                    false,
                    "Đơn vị bầu cử phải bầu thêm hoặc bầu lại: " + second.get().status()
                            + (second.get().reason() == null
                                    ? ""
                                    : " (" + second.get().reason() + ")")));
        }
        UnitFact last = results.get(results.size() - 1);
        return Optional.of(new Evidence(
                true,
                "Đơn vị bầu cử hoàn thành ngay lần bầu đầu, không bầu thêm, không bầu lại: " + last.elected() + "/"
                        + last.seats() + " ghế (" + last.status() + ")"));
    }

    /**
     * Every report of the committee on time: the minutes it submitted (M-4), the results it certified by the
     * deadline of their announcement, and the announcements it made, deadlines as the tally's announcements
     * carry them (the ruleset's days after election day). A certification whose unit is not announced yet waits.
     */
    Optional<Evidence> reportsOnTime(UUID organizationId) {
        List<Boolean> minutesOnTime = facts.minutesOnTime(organizationId);
        List<CertificationFact> certified = facts.certifications(organizationId);
        List<AnnouncementFact> announced = facts.announcements(organizationId);
        int total = minutesOnTime.size() + certified.size() + announced.size();
        if (total == 0) {
            return Optional.empty();
        }
        long late = minutesOnTime.stream().filter(onTime -> !onTime).count()
                + certified.stream()
                        .filter(c -> c.certifiedAt()
                                .atZoneSameInstant(VIETNAM)
                                .toLocalDate()
                                .isAfter(c.deadline()))
                        .count()
                + announced.stream().filter(AnnouncementFact::late).count();
        Set<LocalDate> deadlines = new TreeSet<>();
        certified.forEach(c -> deadlines.add(c.deadline()));
        announced.forEach(a -> deadlines.add(a.deadline()));
        String by = deadlines.isEmpty()
                ? ""
                : " (hạn công bố kết quả "
                        + String.join(
                                ", ",
                                deadlines.stream().map(LocalDate::toString).toList()) + ")";
        return Optional.of(
                late == 0
                        ? new Evidence(true, total + "/" + total + " báo cáo đúng hạn" + by)
                        : new Evidence(false, late + "/" + total + " báo cáo trễ hạn" + by));
    }

    private static String local(OffsetDateTime at) {
        return at.atZoneSameInstant(VIETNAM).toOffsetDateTime().toString();
    }
}
