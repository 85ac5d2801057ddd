package vn.election.awards.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

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

    protected Suggestion() {}

    Suggestion(UUID id, UUID electionId, UUID nomineeId, SuggestionKind kind) {
        this.id = id;
        this.electionId = electionId;
        this.nomineeId = nomineeId;
        this.kind = kind;
    }
}
