package vn.election.events.access;

/**
 * The roles of docs/architecture.md, as carried in a token's {@code groups} claim. Anonymous callers
 * have none: they may read published results, official candidate lists and their own polling area.
 */
public final class Roles {
    /** Hội đồng bầu cử quốc gia: the whole nation. */
    public static final String NEC = "nec";
    /** Ủy ban bầu cử: inside its administrative unit. */
    public static final String COMMITTEE = "committee";
    /** Ban bầu cử: its electoral unit. */
    public static final String BOARD = "board";
    /** Tổ bầu cử: its polling area. */
    public static final String TEAM = "team";
    /** Prepares commendation dossiers. */
    public static final String AWARDS_OFFICER = "awards-officer";
    /** Appraises, reviews and decides commendations. */
    public static final String AWARDS_APPROVER = "awards-approver";
    /** Partner systems reading feeds. */
    public static final String PARTNER = "partner";

    private Roles() {}
}
