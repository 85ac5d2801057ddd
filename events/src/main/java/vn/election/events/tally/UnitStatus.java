package vn.election.events.tally;

/** The state of an electoral unit for one body (W-8). */
public enum UnitStatus {
    FIRST_COUNT,
    VALID,
    /** Bầu lại: turnout not over half (W-1) or results annulled (W-6). */
    NEEDS_REPEAT_ELECTION,
    /** Bầu thêm: too few elected (W-5). */
    NEEDS_ADDITIONAL_ELECTION,
    REPEAT_ELECTION_DONE,
    ADDITIONAL_ELECTION_DONE,
    FINAL
}
