package vn.election.awards.nomination;

import static vn.election.awards.nomination.NominationState.APPRAISED;
import static vn.election.awards.nomination.NominationState.CHECKED;
import static vn.election.awards.nomination.NominationState.CONFERRED;
import static vn.election.awards.nomination.NominationState.COUNCIL_REVIEWED;
import static vn.election.awards.nomination.NominationState.DECIDED;
import static vn.election.awards.nomination.NominationState.DRAFT;
import static vn.election.awards.nomination.NominationState.FORWARDED_TO_HIGHER;
import static vn.election.awards.nomination.NominationState.PARTY_OPINION;
import static vn.election.awards.nomination.NominationState.PUBLISHED;
import static vn.election.awards.nomination.NominationState.REJECTED;
import static vn.election.awards.nomination.NominationState.RETURNED;
import static vn.election.awards.nomination.NominationState.REVOKED;
import static vn.election.awards.nomination.NominationState.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import vn.election.events.access.Roles;

/**
 * The transitions of K-9 as data: from which states each is taken, to which state, and by which token role
 * (docs/architecture.md). This is the one place where the actors of K-9 meet the suite's roles:
 * <ul>
 * <li>{@code awards-officer}: the proposing body (the election committee's or the department's commendation
 * officer) drafts the dossier and submits it, again after a return;</li>
 * <li>{@code awards-approver}: everyone who judges it afterwards: the commendation body (Sở Nội vụ / Ban Thi
 * đua–Khen thưởng) checks, returns and appraises it; the Hội đồng Thi đua–Khen thưởng reviews it; the
 * Party's opinion is recorded; the issuer (e.g. the provincial chairman) decides, rejects, or forwards it to
 * a higher issuer (K-4: the chairman submits a Prime Minister's award, taking the same quota as a decision,
 * K-7), has it published and conferred, and revokes it (K-12).</li>
 * </ul>
 * So whoever drafts a dossier never judges it. {@link #onDecision} transitions are taken through a decision
 * (K-10), the others on the nomination itself.
 */
public enum Action {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Roles.AWARDS_OFFICER, false),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, Roles.AWARDS_APPROVER, false),
    RESUBMIT(EnumSet.of(RETURNED), SUBMITTED, Roles.AWARDS_OFFICER, false),
    CHECK(EnumSet.of(SUBMITTED), CHECKED, Roles.AWARDS_APPROVER, false),
    APPRAISE(EnumSet.of(CHECKED), APPRAISED, Roles.AWARDS_APPROVER, false),
    COUNCIL_REVIEW(EnumSet.of(APPRAISED), COUNCIL_REVIEWED, Roles.AWARDS_APPROVER, false),
    GIVE_PARTY_OPINION(EnumSet.of(COUNCIL_REVIEWED), PARTY_OPINION, Roles.AWARDS_APPROVER, false),
    FORWARD(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), FORWARDED_TO_HIGHER, Roles.AWARDS_APPROVER, false),
    REJECT(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), REJECTED, Roles.AWARDS_APPROVER, false),
    DECIDE(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), DECIDED, Roles.AWARDS_APPROVER, true),
    PUBLISH(EnumSet.of(DECIDED), PUBLISHED, Roles.AWARDS_APPROVER, true),
    CONFER(EnumSet.of(PUBLISHED), CONFERRED, Roles.AWARDS_APPROVER, true),
    REVOKE(EnumSet.of(DECIDED, PUBLISHED, CONFERRED), REVOKED, Roles.AWARDS_APPROVER, true);

    private final Set<NominationState> from;
    private final NominationState to;
    private final String role;
    private final boolean onDecision;

    Action(Set<NominationState> from, NominationState to, String role, boolean onDecision) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.onDecision = onDecision;
    }

    public Set<NominationState> from() {
        return EnumSet.copyOf(from);
    }

    public NominationState to() {
        return to;
    }

    public String role() {
        return role;
    }

    public boolean onDecision() {
        return onDecision;
    }
}
