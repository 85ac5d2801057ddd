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

/**
 * The transitions of K-9 as data: from which states each is taken, to which state, and by which role.
 * {@link #onDecision} ones are taken through a decision (K-10), the others on the nomination itself.
 */
public enum Action {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Roles.OFFICER, false),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, Roles.OFFICER, false),
    RESUBMIT(EnumSet.of(RETURNED), SUBMITTED, Roles.OFFICER, false),
    CHECK(EnumSet.of(SUBMITTED), CHECKED, Roles.OFFICER, false),
    APPRAISE(EnumSet.of(CHECKED), APPRAISED, Roles.OFFICER, false),
    COUNCIL_REVIEW(EnumSet.of(APPRAISED), COUNCIL_REVIEWED, Roles.OFFICER, false),
    GIVE_PARTY_OPINION(EnumSet.of(COUNCIL_REVIEWED), PARTY_OPINION, Roles.OFFICER, false),
    FORWARD(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), FORWARDED_TO_HIGHER, Roles.APPROVER, false),
    REJECT(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), REJECTED, Roles.APPROVER, false),
    DECIDE(EnumSet.of(COUNCIL_REVIEWED, PARTY_OPINION), DECIDED, Roles.APPROVER, true),
    PUBLISH(EnumSet.of(DECIDED), PUBLISHED, Roles.OFFICER, true),
    CONFER(EnumSet.of(PUBLISHED), CONFERRED, Roles.OFFICER, true),
    REVOKE(EnumSet.of(DECIDED, PUBLISHED, CONFERRED), REVOKED, Roles.APPROVER, true);

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
