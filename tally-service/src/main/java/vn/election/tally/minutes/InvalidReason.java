package vn.election.tally.minutes;

/** Why a ballot is invalid (phiếu không hợp lệ), Art.74: the reason codes of B-1. */
public enum InvalidReason {
    /** Not the official form issued by the election team. */
    NOT_OFFICIAL_FORM,
    /** No stamp of the election team. */
    NO_STAMP,
    /** More names left uncrossed than the unit's seats (an untouched ballot too, B-2). */
    OVER_SEATS,
    /** Every candidate crossed out. */
    ALL_CROSSED,
    /** A name outside the list added, or other content written. */
    ADDED_NAME_OR_CONTENT
}
