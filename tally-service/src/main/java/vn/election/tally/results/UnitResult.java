package vn.election.tally.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * The determination of one round of an electoral unit (biên bản xác định kết quả bầu cử, M-5):
 * state, winners and the legal reason, once every polling area of the unit has reported.
 */
@Entity
@Table(name = "unit_result")
@IdClass(UnitResult.Key.class)
public class UnitResult {

    @Id
    @Column(name = "unit_id")
    UUID unitId;

    @Id
    @Column(name = "round")
    int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundKind kind;

    @Column(nullable = false)
    int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    UnitStatus status;

    @Column(nullable = false)
    String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    UUID[] elected;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    UUID[] undecided;

    @Column(name = "determined_at", nullable = false)
    OffsetDateTime determinedAt;

    /** The tied candidates the competent body gave the seats left (D-6); null while undecided. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tie_chosen")
    UUID[] tieChosen;

    @Column(name = "tie_decision_reason")
    String tieDecisionReason;
    /** Who decided the tie: the token's subject. */
    @Column(name = "tie_decided_by")
    String tieDecidedBy;

    @Column(name = "tie_decided_by_organization")
    UUID tieDecidedByOrganization;

    @Column(name = "tie_decided_at")
    OffsetDateTime tieDecidedAt;

    protected UnitResult() {}

    UnitResult(UUID unitId, int round) {
        this.unitId = unitId;
        this.round = round;
    }

    /**
     * The round determined (again) from its figures. A tie decision taken on earlier figures is set aside
     * (D-6): the decision answered a tie those figures made.
     */
    void record(RoundKind kind, int seats, WinnerDetermination.Outcome outcome, OffsetDateTime now) {
        this.kind = kind;
        this.seats = seats;
        this.status = outcome.status();
        this.reason = outcome.reason();
        this.elected = outcome.elected().toArray(UUID[]::new);
        this.undecided = outcome.undecided().toArray(UUID[]::new);
        this.determinedAt = now;
        this.tieChosen = null;
        this.tieDecisionReason = null;
        this.tieDecidedBy = null;
        this.tieDecidedByOrganization = null;
        this.tieDecidedAt = null;
    }

    /**
     * The competent body decided the round's tie (D-6): the outcome with its choice, the tied candidates
     * kept in {@code undecided} as the record of whom it chose among.
     */
    void decided(
            WinnerDetermination.Outcome outcome,
            List<UUID> chosen,
            String why,
            String by,
            UUID organization,
            OffsetDateTime at) {
        this.status = outcome.status();
        this.reason = outcome.reason();
        this.elected = outcome.elected().toArray(UUID[]::new);
        this.tieChosen = chosen.toArray(UUID[]::new);
        this.tieDecisionReason = why;
        this.tieDecidedBy = by;
        this.tieDecidedByOrganization = organization;
        this.tieDecidedAt = at;
    }

    /**
     * C-5, D-40: its winners found to have broken C-5 are recognized at no level: they leave the elected, the
     * reason says who and why, and their seats stay vacant (the state stays what the vote made it; no one
     * else takes the seat). A winner already left out is not left out again.
     *
     * @param findings by candidate
     * @return whether a winner was left out
     */
    boolean leaveOut(Map<UUID, NotRecognized> findings) {
        List<NotRecognized> out = Arrays.stream(elected)
                .map(findings::get)
                .filter(Objects::nonNull)
                .toList();
        if (out.isEmpty()) {
            return false;
        }
        elected = Arrays.stream(elected).filter(c -> !findings.containsKey(c)).toArray(UUID[]::new);
        reason = reason + out.stream().map(f -> "; " + f.reason()).collect(Collectors.joining());
        return true;
    }

    List<UUID> electedList() {
        return List.of(elected);
    }

    /** The key: a unit and a round. */
    public static class Key implements Serializable {
        UUID unitId;
        int round;

        public Key() {}

        Key(UUID unitId, int round) {
            this.unitId = unitId;
            this.round = round;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.unitId.equals(unitId) && k.round == round;
        }

        @Override
        public int hashCode() {
            return unitId.hashCode() * 31 + round;
        }
    }
}
