package vn.election.tally.turnout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.tally.election.Nfc;

/**
 * One version of a turnout report (báo cáo tình hình cử tri đi bầu, R-1): how many have voted in a
 * polling area by a checkpoint. Never changed once stored except that a newer version makes it not current.
 */
@Entity
@Table(name = "turnout_report")
public class TurnoutReport {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "polling_area_id", nullable = false)
    UUID pollingAreaId;

    @Column(nullable = false)
    String checkpoint;

    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    boolean current;

    @Column(nullable = false)
    int voted;

    @Column(name = "on_list", nullable = false)
    int onList;

    @Column(name = "correction_reason")
    String correctionReason;

    @Column(name = "reported_at", nullable = false)
    OffsetDateTime reportedAt;
    /** Who reported this version: the token's subject (DESIGN.md section 6). */
    @Column(name = "reported_by")
    String reportedBy;

    protected TurnoutReport() {}

    TurnoutReport(
            UUID electionId,
            UUID pollingAreaId,
            String checkpoint,
            int version,
            int voted,
            int onList,
            String correctionReason,
            OffsetDateTime reportedAt,
            String reportedBy) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.pollingAreaId = pollingAreaId;
        this.checkpoint = checkpoint;
        this.version = version;
        this.current = true;
        this.voted = voted;
        this.onList = onList;
        this.correctionReason = Nfc.of(correctionReason);
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }
}
