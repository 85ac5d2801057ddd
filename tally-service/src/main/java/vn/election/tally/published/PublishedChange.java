package vn.election.tally.published;

import java.util.UUID;

/** A unit's published result changed: its new change number and document (a UnitResult as JSON). */
record PublishedChange(UUID electionId, UUID unitId, long changeSeq, String document) {}
