package vn.election.events.access;

/**
 * A service's knowledge of which place lies inside which (a polling area in its commune and in one
 * electoral unit per body, a commune in its province ...), used to check jurisdiction.
 */
@FunctionalInterface
public interface PlaceHierarchy {

    /** True when {@code target} is {@code holder} or lies inside it. */
    boolean contains(Jurisdiction holder, Jurisdiction target);
}
