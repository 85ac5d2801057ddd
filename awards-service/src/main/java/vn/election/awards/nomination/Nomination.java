package vn.election.awards.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;

/**
 * A nomination (đề nghị khen thưởng): one nominee, one achievement, one form (K-5), in one campaign,
 * with its dossier (hồ sơ, K-8) and its state in the workflow (K-9).
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    UUID id;

    @Column(name = "campaign_id", nullable = false)
    UUID campaignId;

    @Column(name = "nominee_id", nullable = false)
    UUID nomineeId;

    @Column(name = "achievement_id", nullable = false)
    UUID achievementId;

    @Column(nullable = false)
    String form;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    RecipientKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NominationState state;

    /** Tờ trình: its number, date and the proposing body (K-8). */
    @Column(name = "submission_number")
    String submissionNumber;

    @Column(name = "submission_date")
    LocalDate submissionDate;

    @Column(name = "submitting_body")
    String submittingBody;

    /** Báo cáo thành tích, the short form for thematic awards (K-8). */
    @Column(name = "achievement_report")
    String achievementReport;

    /** Paper originals of the dossier: 2 for a Prime Minister's award (K-8). */
    @Column(name = "original_sets", nullable = false)
    int originalSets;

    /** Biên bản họp Hội đồng Thi đua–Khen thưởng with its vote (K-8, K-9). */
    @Column(name = "council_meeting_on")
    LocalDate councilMeetingOn;

    @Column(name = "council_members")
    Integer councilMembers;

    @Column(name = "council_present")
    Integer councilPresent;

    @Column(name = "council_votes_for")
    Integer councilVotesFor;

    @Column(name = "party_opinion")
    String partyOpinion;

    @Column(name = "forwarded_from")
    UUID forwardedFrom;

    @ElementCollection
    @CollectionTable(name = "nomination_criterion_met", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "criterion_code")
    Set<String> criteriaMet = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "nomination_attachment", joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    List<Attachment> attachments = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    int version;

    protected Nomination() {}

    Nomination(
            UUID id,
            UUID campaignId,
            UUID nomineeId,
            UUID achievementId,
            String form,
            RecipientKind kind,
            String createdBy,
            OffsetDateTime createdAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.nomineeId = nomineeId;
        this.achievementId = achievementId;
        this.form = form;
        this.recipientKind = kind;
        this.state = NominationState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID nomineeId() {
        return nomineeId;
    }

    public UUID achievementId() {
        return achievementId;
    }

    public String form() {
        return form;
    }

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    public NominationState state() {
        return state;
    }

    /** An attachment of the dossier (the e-file, K-8): its metadata only; the file lives elsewhere. */
    @Embeddable
    public static class Attachment {
        @Column(nullable = false)
        String kind;

        @Column(name = "file_name", nullable = false)
        String fileName;

        @Column(name = "media_type", nullable = false)
        String mediaType;

        @Column(name = "size_bytes", nullable = false)
        long sizeBytes;

        @Column(nullable = false)
        String sha256;

        protected Attachment() {}

        Attachment(String kind, String fileName, String mediaType, long sizeBytes, String sha256) {
            this.kind = kind;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.sizeBytes = sizeBytes;
            this.sha256 = sha256;
        }
    }
}
