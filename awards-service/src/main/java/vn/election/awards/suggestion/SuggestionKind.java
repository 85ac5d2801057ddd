package vn.election.awards.suggestion;

import vn.election.events.registry.OrganizationKind;

/**
 * Measured performance that suggests a collective for commendation, with the K-6 criterion it evidences.
 */
public enum SuggestionKind {
    /** A Tổ bầu cử whose polling area reached 100 % turnout (K-6 HIGH_TURNOUT). */
    FULL_TURNOUT(OrganizationKind.ELECTION_TEAM, "HIGH_TURNOUT"),
    /** A Tổ bầu cử whose minutes were accepted first time, without warnings, on time (K-6, M-4). */
    MINUTES_FIRST_TIME_RIGHT(OrganizationKind.ELECTION_TEAM, "MINUTES_WITHOUT_ERRORS"),
    /** A Ban bầu cử whose unit completed without additional or repeat election (W-5, W-6). */
    UNIT_COMPLETED_IN_FIRST_ROUND(OrganizationKind.ELECTION_BOARD, "TASKS_ON_TIME"),
    /** An Ủy ban bầu cử whose reports were all on time. */
    REPORTS_ON_TIME(OrganizationKind.ELECTION_COMMITTEE, "TASKS_ON_TIME");

    private final OrganizationKind organizationKind;
    private final String criterion;

    SuggestionKind(OrganizationKind organizationKind, String criterion) {
        this.organizationKind = organizationKind;
        this.criterion = criterion;
    }

    public OrganizationKind organizationKind() {
        return organizationKind;
    }

    /** The K-6 criterion of the default checklist that this evidence meets. */
    public String criterion() {
        return criterion;
    }
}
