package vn.election.events.tally;

/** Why a by-election during the term (bầu cử bổ sung) may be held (W-7). */
public enum ByElectionGround {
    /** Too many seats of the body are missing: more than 10 % (NA), more than a third (a council). */
    VACANCIES,
    /** A council of a new administrative unit has fewer than two thirds of its seats (councils only). */
    NEW_ADMINISTRATIVE_UNIT
}
