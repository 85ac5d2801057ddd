package vn.election.registry.voter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change of the voter lists (thay đổi danh sách cử tri, V-5, V-9, V-10) and who made it: an import, a
 * removal, a transfer certificate, or one voter added or corrected by an upheld complaint (V-8). The voter table holds only the current lists; this is their history.
 */
@Entity
@Table(name = "voter_list_change")
class VoterListChange {

    enum Kind {
        IMPORT,
        REMOVAL,
        TRANSFER,
        /** One voter added outside an import: an upheld complaint (V-8). */
        ADDITION,
        /** A voter's record corrected: an upheld complaint (V-8). */
        CORRECTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    Kind kind;
    /** A removal, a transfer (the origin) or an import of one area. */
    @Column(name = "polling_area_id")
    UUID pollingAreaId;
    /** An import of a whole province's lists. */
    @Column(name = "province_code")
    String provinceCode;

    @Column(name = "citizen_id")
    String citizenId;

    @Column(name = "voters_added")
    Long votersAdded;

    @Column(name = "to_polling_area")
    UUID toPollingAreaId;

    @Column(name = "changed_by", nullable = false)
    String changedBy;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime changedAt;

    protected VoterListChange() {}

    private VoterListChange(
            UUID electionId,
            Kind kind,
            UUID pollingAreaId,
            String provinceCode,
            String citizenId,
            Long votersAdded,
            UUID toPollingAreaId) {
        this.electionId = electionId;
        this.kind = kind;
        this.pollingAreaId = pollingAreaId;
        this.provinceCode = provinceCode;
        this.citizenId = citizenId;
        this.votersAdded = votersAdded;
        this.toPollingAreaId = toPollingAreaId;
    }

    static VoterListChange importOfArea(UUID electionId, UUID areaId, long added) {
        return new VoterListChange(electionId, Kind.IMPORT, areaId, null, null, added, null);
    }

    static VoterListChange importOfProvince(UUID electionId, String provinceCode, long added) {
        return new VoterListChange(electionId, Kind.IMPORT, null, provinceCode, null, added, null);
    }

    static VoterListChange removal(UUID electionId, UUID areaId, String citizenId) {
        return new VoterListChange(electionId, Kind.REMOVAL, areaId, null, citizenId, null, null);
    }

    static VoterListChange addition(UUID electionId, UUID areaId, String citizenId) {
        return new VoterListChange(electionId, Kind.ADDITION, areaId, null, citizenId, 1L, null);
    }

    static VoterListChange correction(UUID electionId, UUID areaId, String citizenId) {
        return new VoterListChange(electionId, Kind.CORRECTION, areaId, null, citizenId, null, null);
    }

    static VoterListChange transfer(UUID electionId, UUID fromAreaId, String citizenId, UUID toAreaId) {
        return new VoterListChange(electionId, Kind.TRANSFER, fromAreaId, null, citizenId, null, toAreaId);
    }

    /** Attributes the change: who made it (the token's subject), when. */
    VoterListChange by(String actor, OffsetDateTime at) {
        this.changedBy = actor;
        this.changedAt = at;
        return this;
    }
}
