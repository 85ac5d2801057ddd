package vn.election.events.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A complaint about a voter list (V-8) or a candidate took a step of its workflow: filed, answered (upheld or
 * rejected), taken to court, decided by the court. Never personal data: neither the complainant nor the voter
 * concerned is named. Topic {@code registry.complaints}, key: the election id.
 *
 * @param electionId    the election
 * @param complaintId   the complaint
 * @param subject       {@code VOTER_LIST} or {@code CANDIDATE}
 * @param pollingAreaId the polling area whose list it is about; null for a candidate
 * @param candidateId   the candidate it is about; null for a voter list
 * @param action        the step taken ({@code FILE}, {@code UPHOLD}, {@code REJECT}, {@code APPEAL},
 *                      {@code RECORD_COURT_DECISION})
 * @param state         the complaint's state after it
 * @param deadline      the last day of the answer (V-8, R-3)
 * @param at            when
 */
public record ComplaintStepTaken(
        UUID electionId,
        UUID complaintId,
        String subject,
        UUID pollingAreaId,
        UUID candidateId,
        String action,
        String state,
        LocalDate deadline,
        OffsetDateTime at)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.ComplaintStepTaken.v1";

    @Override
    public String topic() {
        return Topics.REGISTRY_COMPLAINTS;
    }

    @Override
    public String key() {
        return electionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
