package vn.election.awards.nominee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One achievement (thành tích) of a nominee; it can be rewarded by one form only (K-5). */
@Entity
@Table(name = "achievement")
public class Achievement {

    @Id
    UUID id;

    @Column(name = "nominee_id", nullable = false)
    UUID nomineeId;

    @Column(nullable = false)
    String description;

    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    String recordedBy;

    protected Achievement() {}

    Achievement(UUID id, UUID nomineeId, String description, String recordedBy, OffsetDateTime recordedAt) {
        this.id = id;
        this.nomineeId = nomineeId;
        this.description = description;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID nomineeId() {
        return nomineeId;
    }

    public String description() {
        return description;
    }
}
