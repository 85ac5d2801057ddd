package vn.election.registry.complaint;

import vn.election.events.Rule;

/** What a complaint before election day is about, and the rule that sets its windows. */
public enum ComplaintSubject {
    /** A polling area's voter list (khiếu nại về danh sách cử tri): V-8. */
    VOTER_LIST(Rule.V_8),
    /** A candidate (khiếu nại về người ứng cử): R-3. */
    CANDIDATE(Rule.R_3);

    private final Rule rule;

    ComplaintSubject(Rule rule) {
        this.rule = rule;
    }

    /** The rule that sets when it is filed and answered. */
    public Rule rule() {
        return rule;
    }
}
