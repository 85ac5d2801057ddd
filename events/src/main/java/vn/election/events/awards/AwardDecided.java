package vn.election.events.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.election.events.DomainEvent;
import vn.election.events.Topics;

/**
 * A numbered award decision (quyết định khen thưởng) was signed (K-10). Topic {@code awards.decisions},
 * key: the decision id.
 *
 * @param decisionId the awards service's id
 * @param number     e.g. {@code 163/QĐ-UBND}
 * @param form       the form of award, e.g. {@code PROVINCIAL_CERTIFICATE_OF_MERIT}
 * @param issuer     who decided it
 * @param signedOn   the date of the decision
 * @param nominees   the ids of the nominees awarded
 */
public record AwardDecided(
        UUID decisionId, String number, String form, String issuer, LocalDate signedOn, List<UUID> nominees)
        implements DomainEvent {

    public static final String TYPE = "vn.election.awards.AwardDecided.v1";

    @Override
    public String topic() {
        return Topics.AWARDS_DECISIONS;
    }

    @Override
    public String key() {
        return decisionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
