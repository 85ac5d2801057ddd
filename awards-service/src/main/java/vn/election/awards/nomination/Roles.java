package vn.election.awards.nomination;

/** The roles that take the transitions of K-9 (DESIGN.md section 6). */
public final class Roles {
    /** Prepares, checks, appraises and records: the commendation body's officer. */
    public static final String OFFICER = "awards-officer";
    /** Decides, forwards, rejects and revokes: the issuer's side. */
    public static final String APPROVER = "awards-approver";

    private Roles() {
    }
}
