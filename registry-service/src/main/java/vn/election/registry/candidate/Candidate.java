package vn.election.registry.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.text.Texts;
import vn.election.registry.election.Election;

/** A candidate (người ứng cử) filed in one electoral unit, with the dossier (C-3). */
@Entity
@Table(name = "candidate")
public class Candidate {

    /** Giới tính: the share of women is reported (C-8). */
    public enum Gender {
        FEMALE,
        MALE
    }

    /** C-6: nominated by an agency or organization (được giới thiệu), or self-nominated (tự ứng cử). */
    public enum Nomination {
        NOMINATED,
        SELF_NOMINATED
    }

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "electoral_unit_id", nullable = false)
    UUID electoralUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "citizen_id", nullable = false)
    String citizenId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(name = "name_folded", nullable = false)
    String nameFolded;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Gender gender;

    @Column(nullable = false)
    String ethnicity;

    @Column(nullable = false)
    String religion;

    @Column(nullable = false)
    String hometown;

    @Column(nullable = false)
    String residence;

    @Column(nullable = false)
    String education;

    @Column(nullable = false)
    String occupation;

    @Column(nullable = false)
    String workplace;

    @Column(name = "party_member", nullable = false)
    boolean partyMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Nomination nomination;

    @Column(nullable = false)
    String biography;

    /** C-4: an NA candidate nominated by a central agency, filed at the National Election Council. */
    @Column(name = "central_nominee", nullable = false)
    boolean centralNominee;

    /** C-4: the administrative unit where the candidate lives, if given. */
    @Column(name = "residence_code")
    String residenceCode;

    /** C-4: the administrative unit where the candidate works regularly, if given. */
    @Column(name = "workplace_code")
    String workplaceCode;

    /** C-5 found from election day on: not recognized as elected at any level (D-32). */
    @Column(name = "not_recognized_at")
    OffsetDateTime notRecognizedAt;

    @Column(name = "not_recognized_reason")
    String notRecognizedReason;

    @Column(name = "not_recognized_by")
    String notRecognizedBy;

    /** C-3: public with the official list; null until filed. */
    @Column(name = "action_programme")
    String actionProgramme;

    @Column(name = "withdrawn_at")
    OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    @Column(name = "withdrawn_by")
    String withdrawnBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    /** Who defined it: the subject of the token. */
    @Column(name = "created_by")
    String createdBy;

    protected Candidate() {}

    Candidate(
            UUID id,
            UUID electionId,
            UUID electoralUnitId,
            Body body,
            NewCandidate dossier,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.electoralUnitId = electoralUnitId;
        this.body = body;
        this.citizenId = dossier.citizenId();
        this.fullName = dossier.fullName();
        this.nameFolded = Texts.fold(dossier.fullName());
        this.birthDate = dossier.birthDate();
        this.gender = dossier.gender();
        this.ethnicity = dossier.ethnicity();
        this.religion = dossier.religion();
        this.hometown = dossier.hometown();
        this.residence = dossier.residence();
        this.education = dossier.education();
        this.occupation = dossier.occupation();
        this.workplace = dossier.workplace();
        this.partyMember = dossier.partyMember();
        this.nomination = dossier.nomination();
        this.biography = dossier.biography();
        this.centralNominee = Boolean.TRUE.equals(dossier.centralNominee());
        this.residenceCode = dossier.residenceCode();
        this.workplaceCode = dossier.workplaceCode();

        this.actionProgramme = dossier.actionProgramme();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean active() {
        return withdrawnAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID electoralUnitId() {
        return electoralUnitId;
    }

    public Body body() {
        return body;
    }

    public String citizenId() {
        return citizenId;
    }

    /**
     * C-5 found from election day on (D-32): the candidate stays on the list the voters saw, but is not recognized
     * as elected; 409 if that was recorded already.
     */
    void notRecognize(String reason, OffsetDateTime now, String actor) {
        if (notRecognizedAt != null) {
            throw ProblemException.conflict("candidate " + id + " is not recognized already");
        }
        notRecognizedAt = now;
        notRecognizedReason = reason;
        notRecognizedBy = actor;
    }

    /**
     * The candidate withdraws before election day: 409 if they withdrew already or election day has come (the
     * official list stands then).
     */
    void withdraw(String reason, Election election, OffsetDateTime now, String actor) {
        if (!active()) {
            throw ProblemException.conflict("candidate " + id + " withdrew already");
        }
        if (!now.isBefore(election.electionDayStarts())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "withdrawal is possible before election day only",
                    List.of(new Problem.FieldError(
                            "electionDay",
                            "WithdrawalDeadline",
                            "election day " + election.electionDay() + " has come; the official list stands")));
        }
        withdrawnAt = now;
        withdrawalReason = reason;
        withdrawnBy = actor;
    }

    /** Ballot order: by given name (the last word of a Vietnamese name), then by full name. */
    String ballotKey() {
        return nameFolded.substring(nameFolded.lastIndexOf(' ') + 1) + " " + nameFolded + " " + id;
    }
}
