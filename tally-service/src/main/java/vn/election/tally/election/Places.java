package vn.election.tally.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import vn.election.kit.security.Jurisdiction;
import vn.election.kit.security.PlaceHierarchy;

/**
 * Which place lies inside which, from the tally's read model (DESIGN.md section 6): a polling area lies in
 * its commune and that commune's parents (district, province), and in one electoral unit per body (PA-4);
 * an electoral unit lies in its administrative unit and that one's parents. A place the tally has not
 * learned lies in nothing but itself, so only the nation may write to it.
 */
@ApplicationScoped
public class Places {

    /** Provinces hold districts hold communes: no chain of parents is longer; a longer one is a cycle. */
    private static final int MAX_DEPTH = 5;

    private final EntityManager em;

    public Places(EntityManager em) {
        this.em = em;
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
            for (Object row : em.createNativeQuery("""
                            select pa.id, pa.commune_code, pau.body, pau.unit_id from polling_area pa
                            left join polling_area_unit pau on pau.polling_area_id = pa.id
                            where pa.id in (?1)""").setParameter(1, ids).getResultList()) {
                Object[] r = (Object[]) row;
                Area area = areas.get((UUID) r[0]);
                if (area == null) {
                    area = new Area((String) r[1], new EnumMap<>(Body.class));
                    areas.put((UUID) r[0], area);
                }
                if (r[2] != null) {
                    area.units().put(Body.valueOf((String) r[2]), (UUID) r[3]);
                }
            }
        }

        private String administrativeUnitOf(UUID unit) {
            return unitAdministrativeUnit.computeIfAbsent(unit, u -> {
                List<?> codes = em.createNativeQuery(
                                "select administrative_unit_code from electoral_unit where id = ?1")
                        .setParameter(1, u)
                        .getResultList();
                return codes.isEmpty() ? null : (String) codes.get(0);
            });
        }

        /** The code itself and the codes of its parents, up to the province. */
        private Set<String> lineage(String code) {
            return lineages.computeIfAbsent(code, c -> {
                @SuppressWarnings("unchecked")
                List<String> parents = em.createNativeQuery("""
                                with recursive up (code, parent_code, depth) as (
                                    select code, parent_code, 1 from administrative_unit where code = ?1
                                    union all
                                    select a.code, a.parent_code, up.depth + 1 from administrative_unit a
                                    join up on a.code = up.parent_code where up.depth < ?2)
                                select code from up""", String.class)
                        .setParameter(1, c)
                        .setParameter(2, MAX_DEPTH)
                        .getResultList();
                Set<String> all = new HashSet<>(parents);
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
