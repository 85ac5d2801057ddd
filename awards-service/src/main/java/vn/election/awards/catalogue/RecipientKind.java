package vn.election.awards.catalogue;

/** Whom an award goes to: a collective (tập thể) or an individual (cá nhân). */
public enum RecipientKind {
    COLLECTIVE,
    INDIVIDUAL
}
