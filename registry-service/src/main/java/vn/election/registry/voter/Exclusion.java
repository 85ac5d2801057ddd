package vn.election.registry.voter;

/** The {@code exclusion} column of a voter CSV (V-2, Law 85/2015 Art.30(1)). */
enum Exclusion {
    /** Deprived of voting rights by an effective court judgment or decision: not listed. */
    COURT_DEPRIVED(true),
    /** Sentenced to death, awaiting execution: not listed. */
    DEATH_SENTENCE(true),
    /** Serving imprisonment without suspension: not listed. */
    IMPRISONED(true),
    /** Lost civil act capacity: not listed. */
    LOST_CAPACITY(true),
    /** Án treo: a suspended sentence does not exclude (V-2). */
    SUSPENDED_SENTENCE(false);

    final boolean excludes;

    Exclusion(boolean excludes) {
        this.excludes = excludes;
    }
}
