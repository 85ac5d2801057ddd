package vn.election.tally.election;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.election.events.Body;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.PlaceHierarchy;

/**
 * Which place lies inside which, from the tally's read model (the jurisdictions of docs/architecture.md): a
 * polling area lies in its commune and that commune's parents (district, province), and in one electoral unit
 * per body (PA-4); an electoral unit lies in its administrative unit and that one's parents. A place the tally
 * has not learned lies in nothing but itself, so only the nation may write to it.
 */
@ApplicationScoped
public class PlaceTree {

    private final PlaceQueries queries;

    public PlaceTree(PlaceQueries queries) {
        this.queries = queries;
    }

    /** A view for one request, which looks each place up once. */
    public Hierarchy hierarchy() {
        return new Hierarchy();
    }

    /** Where a polling area lies: its commune and its unit per body. */
    private record Area(String commune, Map<Body, UUID> units) {}

    /** The places of one request, looked up as they are asked for and then remembered. */
    public final class Hierarchy implements PlaceHierarchy {

        private final Map<UUID, Area> areas = new HashMap<>();
        private final Set<UUID> pending = new HashSet<>();
        private final Map<UUID, String> unitAdministrativeUnit = new HashMap<>();
        private final Map<String, Set<String>> lineages = new HashMap<>();

        private Hierarchy() {}

        /**
         * Looks these polling areas up in one query (a batch of minutes) when the first polling area is
         * asked for, rather than one by one; never, when the holder is the nation.
         */
        public Hierarchy knowing(Collection<UUID> pollingAreas) {
            pollingAreas.stream().filter(a -> !areas.containsKey(a)).forEach(pending::add);
            return this;
        }

        /**
         * The same hierarchy in which a polling area lies only in its electoral unit of {@code body}: the
         * board of a unit writes the minutes of its own body, not those of the other bodies voting there.
         */
        public PlaceHierarchy forBody(Body body) {
            return (holder, target) -> contains(holder, target, body);
        }

        @Override
        public boolean contains(Jurisdiction holder, Jurisdiction target) {
            return contains(holder, target, null);
        }

        private boolean contains(Jurisdiction holder, Jurisdiction target, Body body) {
            if (holder.kind() == Jurisdiction.Kind.NATION
                    || holder.kind() == target.kind() && holder.id().equalsIgnoreCase(target.id())) {
                return true;
            }
            return switch (target.kind()) {
                case NATION -> false;
                case ADMINISTRATIVE_UNIT ->
                    holder.kind() == Jurisdiction.Kind.ADMINISTRATIVE_UNIT
                            && lineage(target.id()).contains(holder.id());
                case ELECTORAL_UNIT ->
                    holder.kind() == Jurisdiction.Kind.ADMINISTRATIVE_UNIT
                            && uuid(target)
                                    .map(this::administrativeUnitOf)
                                    .map(code -> lineage(code).contains(holder.id()))
                                    .orElse(false);
                case POLLING_AREA ->
                    uuid(target)
                            .map(this::area)
                            .map(area -> areaIn(area, holder, body))
                            .orElse(false);
            };
        }

        private boolean areaIn(Area area, Jurisdiction holder, Body body) {
            return switch (holder.kind()) {
                case ADMINISTRATIVE_UNIT -> lineage(area.commune()).contains(holder.id());
                case ELECTORAL_UNIT ->
                    (body == null
                                    ? area.units().values().stream()
                                    : Stream.ofNullable(area.units().get(body)))
                            .anyMatch(unit -> unit.toString().equalsIgnoreCase(holder.id()));
                default -> false;
            };
        }

        private Area area(UUID id) {
            if (!areas.containsKey(id)) {
                pending.add(id);
                load();
            }
            return areas.get(id);
        }

        private void load() {
            List<UUID> ids = List.copyOf(pending);
            pending.clear();
            ids.forEach(a -> areas.put(a, null));
            for (PlaceQueries.Placement placement : queries.placements(ids)) {
                Area area = areas.get(placement.pollingAreaId());
                if (area == null) {
                    area = new Area(placement.communeCode(), new EnumMap<>(Body.class));
                    areas.put(placement.pollingAreaId(), area);
                }
                if (placement.unit() != null) {
                    area.units().put(placement.unit().body(), placement.unit().unitId());
                }
            }
        }

        private String administrativeUnitOf(UUID unit) {
            return unitAdministrativeUnit.computeIfAbsent(
                    unit, u -> queries.administrativeUnitOf(u).orElse(null));
        }

        /** The code itself and the codes of its parents, up to the province. */
        private Set<String> lineage(String code) {
            return lineages.computeIfAbsent(code, c -> {
                Set<String> all = new HashSet<>(queries.lineage(c));
                all.add(c);
                return all;
            });
        }

        /** A claim with an id that is no UUID names no place the tally knows. */
        private static Optional<UUID> uuid(Jurisdiction place) {
            try {
                return Optional.of(place.uuid());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
