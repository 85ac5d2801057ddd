package vn.election.registry.complaint;

import static vn.election.registry.complaint.ComplaintState.APPEALED;
import static vn.election.registry.complaint.ComplaintState.COURT_DECIDED;
import static vn.election.registry.complaint.ComplaintState.FILED;
import static vn.election.registry.complaint.ComplaintState.RESOLVED_REJECTED;
import static vn.election.registry.complaint.ComplaintState.RESOLVED_UPHELD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a complaint's workflow (D-36) as data: from which states each is taken, to which state, and for
 * which subjects. A voter-list complaint may go to the administrative court after its answer (V-8); a candidate's
 * is settled by the election bodies before election day, with no court step here.
 */
public enum ComplaintAction {
    FILE(EnumSet.noneOf(ComplaintState.class), FILED, EnumSet.allOf(ComplaintSubject.class)),
    UPHOLD(EnumSet.of(FILED), RESOLVED_UPHELD, EnumSet.allOf(ComplaintSubject.class)),
    REJECT(EnumSet.of(FILED), RESOLVED_REJECTED, EnumSet.allOf(ComplaintSubject.class)),
    APPEAL(EnumSet.of(RESOLVED_UPHELD, RESOLVED_REJECTED), APPEALED, EnumSet.of(ComplaintSubject.VOTER_LIST)),
    RECORD_COURT_DECISION(EnumSet.of(APPEALED), COURT_DECIDED, EnumSet.of(ComplaintSubject.VOTER_LIST));

    private final Set<ComplaintState> from;
    private final ComplaintState to;
    private final Set<ComplaintSubject> subjects;

    ComplaintAction(Set<ComplaintState> from, ComplaintState to, Set<ComplaintSubject> subjects) {
        this.from = from;
        this.to = to;
        this.subjects = subjects;
    }

    public Set<ComplaintState> from() {
        return EnumSet.copyOf(from);
    }

    public ComplaintState to() {
        return to;
    }

    /**
     * Whether a complaint about {@code subject} in {@code state} may take this step; a step taken from no state
     * (FILE) starts a complaint, whose state is null until then.
     */
    public boolean allows(ComplaintSubject subject, ComplaintState state) {
        return subjects.contains(subject) && (state == null ? from.isEmpty() : from.contains(state));
    }
}
