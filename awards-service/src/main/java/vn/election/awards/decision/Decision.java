package vn.election.awards.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A decision on commendation (quyết định khen thưởng), numbered per issuer and calendar year (K-10),
 * conferring one form on the nominees it lists.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    UUID id;

    @Column(name = "campaign_id", nullable = false)
    UUID campaignId;

    @Column(name = "issuer_key", nullable = false)
    String issuerKey;

    @Column(nullable = false)
    int year;

    @Column(nullable = false)
    int sequence;

    /** As written on the decision: {@code 163/QĐ-UBND}. */
    @Column(nullable = false)
    String number;

    @Column(nullable = false)
    String form;

    @Column(name = "signed_on", nullable = false)
    LocalDate signedOn;

    @Column(name = "signed_by", nullable = false)
    String signedBy;

    @Column(name = "published_on")
    LocalDate publishedOn;

    /** Who numbered it (the token's subject); the signer is {@link #signedBy}. */
    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected Decision() {}

    Decision(
            UUID id,
            UUID campaignId,
            String issuerKey,
            int year,
            int sequence,
            String number,
            String form,
            LocalDate signedOn,
            String signedBy,
            String createdBy,
            OffsetDateTime createdAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.issuerKey = issuerKey;
        this.year = year;
        this.sequence = sequence;
        this.number = number;
        this.form = form;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The decision was sent out and the prize money paid {@code on} that day. */
    void publish(LocalDate on) {
        publishedOn = on;
    }
}
