package vn.election.events.registry;

/** Election organizations (tổ chức phụ trách bầu cử), ORG-1. */
public enum OrganizationKind {
    /** Hội đồng bầu cử quốc gia. */
    NATIONAL_ELECTION_COUNCIL,
    /** Ủy ban bầu cử, per administrative unit. */
    ELECTION_COMMITTEE,
    /** Ban bầu cử, per electoral unit. */
    ELECTION_BOARD,
    /** Tổ bầu cử, per polling area. */
    ELECTION_TEAM
}
