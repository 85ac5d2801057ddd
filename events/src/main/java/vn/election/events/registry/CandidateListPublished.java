package vn.election.events.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * The official candidate list (danh sách chính thức những người ứng cử) of one electoral unit, after
 * the consultations (C-6) and checked for C-7. Topic {@code registry.candidates}, key: the election id.
 * A later list for the same unit replaces the earlier.
 *
 * @param electionId the election
 * @param unitId     the electoral unit
 * @param body       its body
 * @param seats      the unit's seats
 * @param candidates in ballot order
 */
public record CandidateListPublished(UUID electionId, UUID unitId, Body body, int seats, List<Candidate> candidates)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.CandidateListPublished.v1";

    @Override
    public String topic() {
        return Topics.REGISTRY_CANDIDATES;
    }

    @Override
    public String key() {
        return electionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * @param candidateId the registry's id
     * @param fullName    NFC
     * @param birthDate   decides a tie at the last seat (W-4)
     * @param gender      {@code FEMALE}, {@code MALE}: the share of women is reported (C-8)
     */
    public record Candidate(UUID candidateId, String fullName, LocalDate birthDate, String gender) {}
}
