package vn.election.events.tally;

/** What an upheld complaint about results orders (R-2, W-6). */
public enum ComplaintRemedy {
    /** The results are annulled and a bầu lại held (W-6): carried out by the council separately. */
    ANNULMENT,
    /** The ballots are counted again. */
    RECOUNT
}
