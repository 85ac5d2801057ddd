package vn.election.registry.complaint;

/** What a complaint before election day is about; the rule named sets its windows. */
public enum ComplaintSubject {
    /** A polling area's voter list (khiếu nại về danh sách cử tri): V-8. */
    VOTER_LIST,
    /** A candidate (khiếu nại về người ứng cử): R-3. */
    CANDIDATE
}
