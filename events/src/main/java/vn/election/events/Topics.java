package vn.election.events;

/**
 * Kafka topic names, one per stream (docs/architecture.md). Each topic is keyed by the aggregate whose
 * order matters, so that all events of one election (or unit, or nomination) stay in one partition.
 */
public final class Topics {
    /** Elections, bodies, units, polling areas, voter counts: keyed by election id. */
    public static final String REGISTRY_STRUCTURE = "registry.structure";
    /** Official candidate lists and withdrawals: keyed by election id. */
    public static final String REGISTRY_CANDIDATES = "registry.candidates";
    /** Complaints about voter lists and candidates, each step of their workflow: keyed by election id. */
    public static final String REGISTRY_COMPLAINTS = "registry.complaints";
    /** Accepted count minutes and turnout reports: keyed by polling area. */
    public static final String TALLY_MINUTES = "tally.minutes";
    /**
     * Unit results, winners, certification, annulments and vacancies: keyed by electoral unit; by-elections,
     * which may concern several units, by election.
     */
    public static final String TALLY_RESULTS = "tally.results";
    /** Results announcements and complaints about results: keyed by election id. */
    public static final String TALLY_ANNOUNCEMENTS = "tally.announcements";
    /** Award decisions, conferrals and revocations: keyed by decision. */
    public static final String AWARDS_DECISIONS = "awards.decisions";

    private Topics() {}
}
