package vn.election.registry.voter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * A voter (cử tri) on a list of one election. The lists are bulk data, written by the import's COPY
 * ({@link VoterImporter}); one voter is read here, transferred (V-10), taken off the list (V-9) or, by an upheld
 * complaint (V-8), added or corrected ({@link VoterRepository}).
 */
@Entity
@Table(name = "voter")
@IdClass(Voter.Key.class)
public class Voter {

    @Id
    @Column(name = "election_id")
    UUID electionId;

    @Id
    @Column(name = "citizen_id")
    String citizenId;

    @Column(name = "full_name", nullable = false, updatable = false)
    String fullName;

    @Column(name = "birth_date", nullable = false, updatable = false)
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    VoterCategory category;

    /** The polling area whose list they are on. */
    @Column(name = "polling_area_id", nullable = false, updatable = false)
    UUID pollingAreaId;

    /** V-10: where a transfer certificate sends them to vote; they never vote at {@link #pollingAreaId} again. */
    @Column(name = "transferred_to")
    UUID transferredTo;

    protected Voter() {}

    UUID pollingAreaId() {
        return pollingAreaId;
    }

    /** V-8: 422 unless the voter is on {@code areaId}'s list: a complaint changes the list it is about. */
    void requireListedAt(UUID areaId) {
        if (!pollingAreaId.equals(areaId)) {
            throw ProblemException.ruleViolation(
                    "citizenId",
                    Rule.V_8,
                    "the voter is on the list of polling area " + pollingAreaId + ", not on the list of " + areaId);
        }
    }

    /** The polling areas whose counts include this voter, or did: the one that lists them, the one they go to. */
    List<UUID> pollingAreas() {
        return Stream.of(pollingAreaId, transferredTo).filter(Objects::nonNull).toList();
    }

    /**
     * V-10: 409 unless a transfer certificate may still be issued: until voting starts, and once.
     *
     * @param votingStarts when voting starts in the voter's election
     */
    void requireTransferable(OffsetDateTime now, OffsetDateTime votingStarts) {
        if (!now.isBefore(votingStarts)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "voting has started",
                    List.of(Problem.FieldError.of(
                            "toPollingAreaId", Rule.V_10, "transfer certificates are issued until election day")));
        }
        if (transferredTo != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "this voter holds a transfer certificate already",
                    List.of(Problem.FieldError.of("citizenId", Rule.V_10, "already transferred to " + transferredTo)));
        }
    }

    /**
     * V-10: a transfer certificate to {@code destination}, a polling area of the election; the voter then votes
     * there only, with a reduced scope. 409 as {@link #requireTransferable}; 422 for the area that lists them.
     */
    void transferTo(UUID destination, OffsetDateTime now, OffsetDateTime votingStarts) {
        requireTransferable(now, votingStarts);
        if (destination.equals(pollingAreaId)) {
            throw ProblemException.ruleViolation(
                    "toPollingAreaId", Rule.V_10, "the voter is listed at this polling area");
        }
        transferredTo = destination;
    }

    VoterView view() {
        return new VoterView(citizenId, fullName, birthDate, category, pollingAreaId, transferredTo, false);
    }

    /** A voter's key: one citizen, one list per election (V-4). */
    public static class Key implements Serializable {
        UUID electionId;
        String citizenId;

        protected Key() {}

        Key(UUID electionId, String citizenId) {
            this.electionId = electionId;
            this.citizenId = citizenId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && electionId.equals(key.electionId) && citizenId.equals(key.citizenId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, citizenId);
        }
    }
}
