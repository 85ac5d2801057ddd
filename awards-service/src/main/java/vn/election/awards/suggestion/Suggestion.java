package vn.election.awards.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.election.kit.problem.ProblemException;

/** A suggested nominee (đề xuất khen thưởng) drawn from measured performance, with its evidence. */
@Entity
@Table(name = "suggestion")
public class Suggestion {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "nominee_id", nullable = false)
    UUID nomineeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SuggestionKind kind;

    @Column(nullable = false)
    String evidence;

    /** False once later facts no longer support it (e.g. corrected minutes). */
    @Column(nullable = false)
    boolean active;

    @Column(name = "nomination_id")
    UUID nominationId;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Suggestions are written by {@link SuggestionRepository#save}, an upsert. */
    protected Suggestion() {}

    /** 409 unless this suggestion may still become a nomination: it is none yet, and it stands. */
    void requireNominatable() {
        if (nominationId != null) {
            throw ProblemException.conflict("suggestion " + id + " is already nomination " + nominationId);
        }
        if (!active) {
            throw ProblemException.conflict("suggestion " + id + " was withdrawn: " + evidence);
        }
    }

    /** The criteria of a campaign's checklist (K-6) that this suggestion's evidence meets. */
    Set<String> criteriaMet(List<String> checklist) {
        return checklist.stream().filter(kind.criterion()::equals).collect(Collectors.toSet());
    }

    void nominatedAs(UUID nomination) {
        nominationId = nomination;
    }
}
