package vn.election.tally.election;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import vn.election.events.registry.CandidateListPublished;
import vn.election.kit.text.Texts;

/** A person on an official candidate list (người ứng cử), with the birth date that settles W-4. */
@Embeddable
public class Candidate {

    @Column(name = "candidate_id", nullable = false)
    UUID candidateId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Column
    String gender;

    @Column(nullable = false)
    boolean withdrawn;

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    protected Candidate() {}

    Candidate(CandidateListPublished.Candidate c) {
        candidateId = c.candidateId();
        fullName = Texts.nfc(c.fullName(), Texts.Whitespace.KEEP);
        birthDate = c.birthDate();
        gender = c.gender();
    }

    void withdraw(String reason) {
        withdrawn = true;
        withdrawalReason = Texts.nfc(reason, Texts.Whitespace.KEEP);
    }

    public UUID candidateId() {
        return candidateId;
    }

    public String fullName() {
        return fullName;
    }
}
