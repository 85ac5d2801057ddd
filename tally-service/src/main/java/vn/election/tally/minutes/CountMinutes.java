package vn.election.tally.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.text.Texts;
import vn.election.tally.results.ComplaintFigures;
import vn.election.tally.results.MinutesContribution;

/**
 * One version of the count minutes (biên bản kết quả kiểm phiếu) of a polling area, body and round
 * (M-3). Never changed once stored: a correction is a new version, and the old one stops being current.
 */
@Entity
@Table(name = "count_minutes")
public class CountMinutes {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "polling_area_id", nullable = false)
    UUID pollingAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Column(nullable = false)
    int round;

    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    boolean current;

    @Column(name = "total_voters", nullable = false)
    int totalVoters;

    @Column(name = "voters_participated", nullable = false)
    int votersParticipated;

    @Column(name = "ballots_issued", nullable = false)
    int ballotsIssued;

    @Column(name = "ballots_received", nullable = false)
    int ballotsReceived;

    @Column(nullable = false)
    int valid;

    @Column(nullable = false)
    int invalid;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "invalid_by_reason")
    Map<InvalidReason, Integer> invalidByReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ballots_by_count", nullable = false)
    int[] ballotsByCount;

    @Column(name = "received_from_commune")
    Integer receivedFromCommune;

    @Column
    Integer unused;

    @Column
    Integer spoiled;

    @Column(nullable = false)
    String warnings;

    @Column(name = "correction_reason")
    String correctionReason;

    @Column(name = "accepted_at", nullable = false)
    OffsetDateTime acceptedAt;

    @Column(name = "on_time", nullable = false)
    boolean onTime;
    /** Who submitted this version: the token's subject. */
    @Column(name = "submitted_by")
    String submittedBy;
    /** The organization (team, board, committee) the submitter acted for, when the token names it. */
    @Column(name = "submitted_by_organization")
    UUID submittedByOrganization;

    /** The candidates with votes, in the order sent; {@link #candidateVotes} holds their votes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "candidate_ids", nullable = false)
    UUID[] candidateIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "candidate_votes", nullable = false)
    int[] candidateVotes;

    /** The complaints section (M-3); all null when the minutes record none (D-12). */
    @Column(name = "complaints_received")
    Integer complaintsReceived;

    @Column(name = "complaints_resolved")
    Integer complaintsResolved;

    @Column(name = "complaints_forwarded")
    Integer complaintsForwarded;

    @Column(name = "complaints_resolution")
    String complaintsResolution;

    /** The annulment that voided these minutes' result (W-6, D-10); null while it stands. */
    @Column(name = "annulment_id")
    UUID annulmentId;

    protected CountMinutes() {}

    CountMinutes(
            UUID electionId,
            UUID unitId,
            int round,
            int version,
            MinutesSubmission m,
            List<Rule> warnings,
            OffsetDateTime acceptedAt,
            boolean onTime,
            String submittedBy,
            UUID submittedByOrganization) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.pollingAreaId = m.pollingAreaId();
        this.body = m.body();
        this.unitId = unitId;
        this.round = round;
        this.version = version;
        this.current = true;
        this.totalVoters = m.totalVoters();
        this.votersParticipated = m.votersParticipated();
        this.ballotsIssued = m.ballotsIssued();
        this.ballotsReceived = m.ballotsReceived();
        this.valid = m.valid();
        this.invalid = m.invalid();
        this.invalidByReason =
                m.invalidByReason() == null || m.invalidByReason().isEmpty() ? null : Map.copyOf(m.invalidByReason());
        this.ballotsByCount =
                m.ballotsByCount().stream().mapToInt(Integer::intValue).toArray();
        if (m.inventory() != null) {
            this.receivedFromCommune = m.inventory().receivedFromCommune();
            this.unused = m.inventory().unused();
            this.spoiled = m.inventory().spoiled();
        }
        if (m.complaints() != null) {
            this.complaintsReceived = m.complaints().received();
            this.complaintsResolved = m.complaints().resolved();
            this.complaintsForwarded = m.complaints().forwarded();
            this.complaintsResolution = m.complaints().resolution() == null
                    ? null
                    : Texts.nfc(m.complaints().resolution(), Texts.Whitespace.KEEP);
        }
        this.warnings = warnings.stream().map(Rule::id).collect(Collectors.joining(","));
        this.correctionReason =
                m.correctionReason() == null ? null : Texts.nfc(m.correctionReason(), Texts.Whitespace.KEEP);
        this.acceptedAt = acceptedAt;
        this.onTime = onTime;
        this.submittedBy = submittedBy;
        this.submittedByOrganization = submittedByOrganization;
        this.candidateIds = new UUID[m.votes().size()];
        this.candidateVotes = new int[m.votes().size()];
        int i = 0;
        for (Map.Entry<UUID, Integer> vote : m.votes().entrySet()) {
            candidateIds[i] = vote.getKey();
            candidateVotes[i++] = vote.getValue();
        }
    }

    /**
     * The version that a correction of these minutes becomes: the next one, which replaces them as the
     * current version of their polling area, body and round. A correction needs a reason.
     */
    int nextVersion(MinutesSubmission correction) {
        if (correction.correctionReason() == null
                || correction.correctionReason().isBlank()) {
            throw ProblemException.conflict("version " + version + " of these minutes is already accepted; "
                    + "a correction is a new version and needs a correctionReason");
        }
        return version + 1;
    }

    /** Votes per candidate, in the order sent. */
    Map<UUID, Integer> votes() {
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < candidateIds.length; i++) {
            votes.put(candidateIds[i], candidateVotes[i]);
        }
        return votes;
    }

    /** What these minutes add to their unit's round (CK-7), or, with -1, take back when a correction replaces them. */
    MinutesContribution contribution(int sign) {
        return new MinutesContribution(
                unitId,
                round,
                sign,
                totalVoters,
                votersParticipated,
                ballotsIssued,
                ballotsReceived,
                valid,
                invalid,
                candidateIds,
                candidateVotes,
                complaintsReceived == null
                        ? ComplaintFigures.NONE
                        : ComplaintFigures.recorded(complaintsReceived, complaintsResolved, complaintsForwarded),
                acceptedAt);
    }

    /** The complaints section as written, or null when the minutes record none (D-12). */
    MinutesSubmission.Complaints complaints() {
        return complaintsReceived == null
                ? null
                : new MinutesSubmission.Complaints(
                        complaintsReceived, complaintsResolved, complaintsForwarded, complaintsResolution);
    }

    List<String> warningList() {
        return warnings.isEmpty() ? List.of() : List.of(warnings.split(","));
    }

    /** First time right: the first version, with no warning, so no correction was needed. */
    boolean firstTimeRight() {
        return version == 1 && warnings.isEmpty();
    }
}
