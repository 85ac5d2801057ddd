package vn.election.events.tally;

/** The state of an electoral unit for one body (W-8). */
public enum UnitStatus {
    FIRST_COUNT,
    VALID,
    /** Bầu lại: turnout not over half (W-1) or results annulled (W-6); held once the competent body opens it (D-8). */
    NEEDS_REPEAT_ELECTION,
    /** Bầu thêm: too few elected (W-5); held once the competent body opens it (D-8). */
    NEEDS_ADDITIONAL_ELECTION,
    /** A tie at the last seat with the same birth date (W-4), waiting for the competent body's decision (D-6). */
    NEEDS_TIE_DECISION,
    /** The bầu lại is open (D-8): its minutes are being counted. */
    REPEAT_ELECTION_COUNT,
    /** The bầu thêm is open (D-8): its minutes are being counted. */
    ADDITIONAL_ELECTION_COUNT,
    REPEAT_ELECTION_DONE,
    ADDITIONAL_ELECTION_DONE,
    FINAL
}
