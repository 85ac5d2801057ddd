package vn.election.awards.nomination;

/** The states of a nomination's dossier (hồ sơ đề nghị khen thưởng), K-9. */
public enum NominationState {
    /** Being prepared by the proposing body. */
    DRAFT,
    /** Tờ trình sent to the commendation body. */
    SUBMITTED,
    /** Incomplete: sent back to be completed and resubmitted. */
    RETURNED,
    /** Found complete (K-8). */
    CHECKED,
    /** Appraised by Sở Nội vụ / the emulation and commendation body, criteria met (K-6). */
    APPRAISED,
    /** Reviewed by the Hội đồng Thi đua–Khen thưởng, with its vote. */
    COUNCIL_REVIEWED,
    /** The provincial Party standing committee gave its opinion, where required. */
    PARTY_OPINION,
    /** In a numbered decision (K-10). */
    DECIDED,
    /** Proposed to a higher issuer, e.g. the province to the Prime Minister. */
    FORWARDED_TO_HIGHER,
    REJECTED,
    /** Decision sent out, prize money paid. */
    PUBLISHED,
    /** Handed over at a ceremony (trao tặng). */
    CONFERRED,
    /** Revoked: the object and money are recovered (K-12). */
    REVOKED
}
