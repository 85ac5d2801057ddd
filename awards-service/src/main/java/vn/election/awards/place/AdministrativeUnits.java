package vn.election.awards.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.PlaceHierarchy;
import vn.election.events.registry.AdministrativeUnitDefined;

/**
 * The administrative units learned from the registry, as a place hierarchy: an {@code admin-unit:} holder
 * contains its own unit and every unit below it. A unit this service has not learned is contained by
 * itself only, so an unknown commune is never opened to a province it may not lie in.
 */
@ApplicationScoped
public class AdministrativeUnits implements PlaceHierarchy {

    private final EntityManager em;
    private final Clock clock;

    public AdministrativeUnits(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Learns a unit and its parent; a later definition of the same code replaces the earlier. */
    public void learn(AdministrativeUnitDefined event) {
        em.createNativeQuery("""
                        insert into administrative_unit (code, parent_code, learned_at) values (?1, ?2, ?3)
                        on conflict (code) do update set parent_code = excluded.parent_code,
                                                         learned_at = excluded.learned_at
                        """)
                .setParameter(1, event.code())
                .setParameter(2, event.parentCode())
                .setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    @Override
    public boolean contains(Jurisdiction holder, Jurisdiction target) {
        if (holder.equals(target)) {
            return true;
        }
        if (holder.kind() != Jurisdiction.Kind.ADMINISTRATIVE_UNIT
                || target.kind() != Jurisdiction.Kind.ADMINISTRATIVE_UNIT) {
            return false;
        }
        return ancestors(target.id()).contains(holder.id());
    }

    /** The units {@code code} lies in, nearest first (at most province and district above a commune). */
    @SuppressWarnings("unchecked")
    List<String> ancestors(String code) {
        return em.createNativeQuery("""
                        with recursive up(code, parent_code, depth) as (
                            select code, parent_code, 0 from administrative_unit where code = ?1
                            union all
                            select u.code, u.parent_code, up.depth + 1
                            from administrative_unit u join up on u.code = up.parent_code
                            where up.depth < 3
                        )
                        select parent_code from up where parent_code is not null order by depth
                        """).setParameter(1, code).getResultList();
    }
}
