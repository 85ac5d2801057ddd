package vn.election.tally.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.DeputyVacancyRecorded;
import vn.election.kit.text.Texts;

/** A deputy who left during the term: one seat of the body missing until a by-election (W-7, D-13). */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "candidate_id", nullable = false)
    UUID candidateId;

    @Column(name = "left_on", nullable = false)
    LocalDate leftOn;

    @Column(nullable = false)
    String reason;

    /** Who recorded it: the token's subject. */
    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_by_organization")
    UUID recordedByOrganization;

    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime recordedAt;

    protected Vacancy() {}

    Vacancy(
            UUID electionId,
            UUID unitId,
            Body body,
            VacancyRequest request,
            String recordedBy,
            UUID recordedByOrganization,
            OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.unitId = unitId;
        this.body = body;
        this.candidateId = request.candidateId();
        this.leftOn = request.leftOn();
        this.reason = Texts.nfc(request.reason(), Texts.Whitespace.KEEP);
        this.recordedBy = recordedBy;
        this.recordedByOrganization = recordedByOrganization;
        this.recordedAt = at;
    }

    DeputyVacancyRecorded event() {
        return new DeputyVacancyRecorded(
                electionId, id, unitId, body, candidateId, leftOn, reason, recordedByOrganization, recordedAt);
    }

    VacancyView view() {
        return new VacancyView(id, unitId, body, candidateId, leftOn, reason, recordedByOrganization, recordedAt);
    }
}
