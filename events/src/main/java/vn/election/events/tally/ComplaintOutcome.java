package vn.election.events.tally;

/** How a complaint about results was settled. */
public enum ComplaintOutcome {
    /** The complaint is founded: a remedy is ordered. */
    UPHELD,
    DISMISSED
}
