package vn.election.awards.catalogue;

/** Whom a form of award may go to (K-2). */
public enum Recipients {
    COLLECTIVES,
    INDIVIDUALS,
    BOTH;

    public boolean admit(RecipientKind kind) {
        return this == BOTH || (kind == RecipientKind.COLLECTIVE ? this == COLLECTIVES : this == INDIVIDUALS);
    }
}
