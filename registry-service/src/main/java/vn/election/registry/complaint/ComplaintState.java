package vn.election.registry.complaint;

import java.util.EnumSet;
import java.util.Set;

/** The states of a complaint before election day (D-36). */
public enum ComplaintState {
    /** Recorded, awaiting the answer of the body that made the list or of the candidate's committee. */
    FILED,
    /** Answered: the complaint is founded; the list was changed or the candidate struck. */
    RESOLVED_UPHELD,
    /** Answered: the complaint is unfounded. */
    RESOLVED_REJECTED,
    /** A voter-list complaint taken to the administrative court after its answer (V-8). */
    APPEALED,
    /** The court's judgment on it is recorded. */
    COURT_DECIDED;

    /** D-37: a voter or a candidate under a complaint in one of these is flagged. */
    public static final Set<ComplaintState> UNRESOLVED = EnumSet.of(FILED, APPEALED);
}
