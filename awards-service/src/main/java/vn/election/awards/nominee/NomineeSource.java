package vn.election.awards.nominee;

/** Where a nominee was learned: from the registry's organizations, or entered by an awards officer. */
public enum NomineeSource {
    REGISTRY,
    ENTERED
}
