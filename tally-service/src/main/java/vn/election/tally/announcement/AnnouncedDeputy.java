package vn.election.tally.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import vn.election.events.tally.ResultsAnnounced;

/** One person elected as the announcement lists them (danh sách người trúng cử). */
@Embeddable
public class AnnouncedDeputy {

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Column(name = "unit_number", nullable = false)
    int unitNumber;

    @Column(name = "unit_name", nullable = false)
    String unitName;

    @Column(name = "candidate_id", nullable = false)
    UUID candidateId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(nullable = false)
    long votes;

    @Column(name = "percent_of_valid", nullable = false)
    BigDecimal percentOfValid;

    @Column(nullable = false)
    int round;

    protected AnnouncedDeputy() {}

    AnnouncedDeputy(
            UUID unitId,
            int unitNumber,
            String unitName,
            UUID candidateId,
            String fullName,
            long votes,
            BigDecimal percentOfValid,
            int round) {
        this.unitId = unitId;
        this.unitNumber = unitNumber;
        this.unitName = unitName;
        this.candidateId = candidateId;
        this.fullName = fullName;
        this.votes = votes;
        this.percentOfValid = percentOfValid;
        this.round = round;
    }

    ResultsAnnounced.Deputy event() {
        return new ResultsAnnounced.Deputy(unitId, candidateId, fullName, votes, percentOfValid, round);
    }

    AnnouncementView.Elected view() {
        return new AnnouncementView.Elected(
                unitId, unitNumber, unitName, candidateId, fullName, votes, percentOfValid, round);
    }
}
