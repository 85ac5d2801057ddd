package vn.election.registry.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.kit.problem.ProblemException;

/** The official candidate list (danh sách chính thức những người ứng cử) of one electoral unit. */
@Entity
@Table(name = "candidate_list")
public class CandidateList {

    @Id
    @Column(name = "electoral_unit_id")
    UUID electoralUnitId;

    @Column(name = "published_at", nullable = false)
    OffsetDateTime publishedAt;

    /** Who published it last: the subject of the token. */
    @Column(name = "published_by")
    String publishedBy;

    /** A withdrawal took the list below C-7: shown, not hidden, until a new list is published. */
    @Column(name = "below_minimum", nullable = false)
    boolean belowMinimum;

    protected CandidateList() {}

    /** A list not published yet: {@link #publish} publishes it. */
    CandidateList(UUID electoralUnitId) {
        this.electoralUnitId = electoralUnitId;
    }

    /**
     * Publishes (or publishes again) the list of a unit of {@code seats} seats of {@code body} with {@code standing}
     * candidates: 422 unless it has at least the minimum number of candidates (C-7).
     */
    void publish(Body body, int seats, int standing, OffsetDateTime now, String actor) {
        int minimum = minimumCandidates(body, seats);
        if (standing < minimum) {
            throw ProblemException.ruleViolation(
                    "candidates",
                    Rule.C_7,
                    "a " + body + " unit of " + seats + " seats needs at least " + minimum + " candidates; it has "
                            + standing);
        }
        publishedAt = now;
        publishedBy = actor;
        belowMinimum = false;
    }

    /** After a withdrawal: a published list left with fewer than the minimum is flagged, not hidden (C-7). */
    void recount(Body body, int seats, int standing) {
        belowMinimum = standing < minimumCandidates(body, seats);
    }

    /**
     * C-7 (số dư): NA at least seats + 2; a People's Council unit of 1-2 seats seats + 1, of 3 seats
     * seats + 2, of 4-5 seats seats + 3. The same under both rulesets.
     */
    static int minimumCandidates(Body body, int seats) {
        if (body == Body.NATIONAL_ASSEMBLY) {
            return seats + 2;
        }
        return seats + (seats <= 2 ? 1 : seats == 3 ? 2 : 3);
    }
}
