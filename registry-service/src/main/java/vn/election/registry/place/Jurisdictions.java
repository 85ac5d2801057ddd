package vn.election.registry.place;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.PlaceHierarchy;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/**
 * The jurisdiction checks of the registry's reads and writes (docs/architecture.md), from its own
 * knowledge of which place lies inside which. An administrative unit lies in its parent and its province; an
 * electoral unit in its administrative unit (and that one's parents); a polling area in its commune (and the
 * commune's parents) and in its one electoral unit per body (PA-3, PA-4). A place the registry does not know
 * lies in nothing but the nation.
 */
@ApplicationScoped
public class Jurisdictions implements PlaceHierarchy {

    private final PlaceQueries places;
    private final Caller caller;

    public Jurisdictions(PlaceQueries places, Caller caller) {
        this.places = places;
        this.caller = caller;
    }

    @Override
    public boolean contains(Jurisdiction holder, Jurisdiction target) {
        return holder.kind() == Jurisdiction.Kind.NATION
                || canonical(holder).map(containers(target)::contains).orElse(false);
    }

    /** 403 unless {@code target} lies inside the caller's jurisdiction. */
    public void requireWithin(Jurisdiction target) {
        caller.requireWithin(target, this);
    }

    /** 403 unless one of {@code targets} lies inside the caller's jurisdiction (the first is named). */
    public void requireWithinAny(List<Jurisdiction> targets) {
        if (targets.stream().noneMatch(this::callerWithin)) {
            requireWithin(targets.get(0));
        }
    }

    /**
     * 403 unless the caller holds exactly the administrative unit {@code code} (or the nation): the
     * committee of that level, not one above or below it (EU-1, C-7: a council's units and lists are the
     * business of the committee of that council's level).
     */
    public void requireLevelOf(String code) {
        caller.requireWithin(Jurisdiction.administrativeUnit(code), Jurisdiction::equals);
    }

    /** 403 unless the caller holds one of {@code roles}; the rule names the law that restricts it. */
    public void requireRole(String field, Rule rule, String why, String... roles) {
        if (Stream.of(roles).noneMatch(caller::hasRole)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    why,
                    List.of(Problem.FieldError.of(field, rule, "only " + String.join(", ", roles) + " may")));
        }
    }

    /** True when the caller has a jurisdiction and {@code target} lies inside it; never refuses. */
    public boolean callerWithin(Jurisdiction target) {
        Jurisdiction holder = caller.jurisdiction();
        return holder != null && contains(holder, target);
    }

    /** The caller's jurisdiction, as {@link #contains} compares it; empty if it has none or it is unreadable. */
    public Optional<Jurisdiction> callerJurisdiction() {
        return Optional.ofNullable(caller.jurisdiction()).flatMap(Jurisdictions::canonical);
    }

    /** {@code target} and every place it lies in. */
    private Set<Jurisdiction> containers(Jurisdiction target) {
        Set<Jurisdiction> containers = new HashSet<>();
        switch (target.kind()) {
            case NATION -> containers.add(Jurisdiction.NATION);
            case ADMINISTRATIVE_UNIT -> addWithParents(containers, target.id());
            case ELECTORAL_UNIT ->
                uuid(target)
                        .ifPresent(unit -> places.administrativeUnitOfElectoralUnit(unit)
                                .ifPresent(home -> {
                                    containers.add(Jurisdiction.electoralUnit(unit));
                                    addWithParents(containers, home);
                                }));
            case POLLING_AREA ->
                uuid(target).flatMap(places::pollingArea).ifPresent(area -> {
                    containers.add(Jurisdiction.pollingArea(area.id()));
                    addWithParents(containers, area.communeCode());
                    area.electoralUnitIds().forEach(unit -> containers.add(Jurisdiction.electoralUnit(unit)));
                });
        }
        return containers;
    }

    /** The unit, its parent and its province: the tree is at most three levels deep. */
    private void addWithParents(Set<Jurisdiction> containers, String code) {
        places.administrativeUnit(code)
                .ifPresent(unit -> Stream.of(unit.code(), unit.parentCode(), unit.provinceCode())
                        .filter(c -> c != null)
                        .forEach(c -> containers.add(Jurisdiction.administrativeUnit(c))));
    }

    /** A claim's UUID in its canonical (lower-case) spelling, so that it equals the registry's own. */
    private static Optional<Jurisdiction> canonical(Jurisdiction jurisdiction) {
        return switch (jurisdiction.kind()) {
            case NATION, ADMINISTRATIVE_UNIT -> Optional.of(jurisdiction);
            case ELECTORAL_UNIT -> uuid(jurisdiction).map(Jurisdiction::electoralUnit);
            case POLLING_AREA -> uuid(jurisdiction).map(Jurisdiction::pollingArea);
        };
    }

    private static Optional<UUID> uuid(Jurisdiction jurisdiction) {
        try {
            return Optional.of(UUID.fromString(jurisdiction.id()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
