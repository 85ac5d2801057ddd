package vn.election.tally.turnout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.text.Texts;

/**
 * One version of a turnout report (báo cáo tình hình cử tri đi bầu, R-1): how many have voted in a
 * polling area by a checkpoint. Never changed once stored except that a newer version makes it not current.
 * Through the day a polling area's figure only rises; a lower figure than a checkpoint's is a correction,
 * which needs a reason.
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
    /** Who reported this version: the token's subject. */
    @Column(name = "reported_by")
    String reportedBy;

    protected TurnoutReport() {}

    /** @param correctionReason kept only when given: a first figure may come with one too */
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
        this.correctionReason =
                isCorrection(correctionReason) ? Texts.nfc(correctionReason, Texts.Whitespace.KEEP) : null;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    private static boolean isCorrection(String reason) {
        return reason != null && !reason.isBlank();
    }

    /**
     * This checkpoint's figure reported again: the same figure changes nothing; a lower one is a
     * correction, which needs a reason; any other is the next version, which replaces this one as
     * the current version.
     *
     * @return the next version; empty when the same figure came again without a reason
     */
    Optional<TurnoutReport> reportAgain(
            int voted, int onList, String correctionReason, OffsetDateTime at, String reportedBy) {
        if (!isCorrection(correctionReason)) {
            if (voted < this.voted) {
                throw ProblemException.ruleViolation(
                        "correctionReason",
                        Rule.R_1,
                        voted + " is below the " + this.voted + " reported at " + checkpoint
                                + ": a lower figure is a correction and needs a reason");
            }
            if (voted == this.voted) {
                return Optional.empty();
            }
        }
        current = false;
        return Optional.of(new TurnoutReport(
                electionId, pollingAreaId, checkpoint, version + 1, voted, onList, correctionReason, at, reportedBy));
    }

    /** turnout only rises through the day, so a later checkpoint's figure is not below this one. */
    void requireNoLowerAfter(int later, String laterCheckpoint) {
        if (later < voted) {
            throw ProblemException.ruleViolation(
                    "voted",
                    Rule.R_1,
                    "turnout only rises through the day: " + later
                            + " at " + laterCheckpoint + " is below the " + voted + " reported at "
                            + checkpoint
                            + "; if that figure was wrong, correct it first");
        }
    }

    /** turnout only rises through the day, so an earlier checkpoint's figure is not above this one. */
    void requireNoHigherBefore(int earlier, String earlierCheckpoint) {
        if (earlier > voted) {
            throw ProblemException.ruleViolation(
                    "voted",
                    Rule.R_1,
                    "turnout only rises through the day: " + earlier
                            + " at " + earlierCheckpoint + " is above the " + voted + " already reported at "
                            + checkpoint
                            + "; if that figure was wrong, correct it first");
        }
    }
}
