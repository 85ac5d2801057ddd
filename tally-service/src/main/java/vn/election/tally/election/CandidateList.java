package vn.election.tally.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.registry.CandidateListPublished;

/**
 * The official candidate list (danh sách chính thức những người ứng cử) of one electoral unit (C-6),
 * in ballot order. A later list for the unit replaces it; a withdrawal marks the candidate.
 */
@Entity
@Table(name = "candidate_list")
public class CandidateList {

    @Id
    @Column(name = "unit_id")
    UUID unitId;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(nullable = false)
    int seats;

    @Column(name = "published_at", nullable = false)
    OffsetDateTime publishedAt;

    @ElementCollection
    @CollectionTable(name = "candidate", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    List<Candidate> candidates = new ArrayList<>();

    protected CandidateList() {}

    CandidateList(UUID unitId) {
        this.unitId = unitId;
    }

    void learn(CandidateListPublished event, OffsetDateTime now) {
        electionId = event.electionId();
        body = event.body();
        seats = event.seats();
        publishedAt = now;
        candidates.clear();
        event.candidates().forEach(c -> candidates.add(new Candidate(c)));
    }

    /** @return false when the candidate is not on this list */
    boolean withdraw(UUID candidateId, String reason) {
        return candidates.stream()
                .filter(c -> c.candidateId.equals(candidateId))
                .findFirst()
                .map(c -> {
                    c.withdraw(reason);
                    return true;
                })
                .orElse(false);
    }

    public List<Candidate> candidates() {
        return List.copyOf(candidates);
    }
}
