package vn.election.registry.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry's places as the jurisdiction checks read them: an administrative unit with its parent and
 * province, an electoral unit's administrative unit, a polling area's commune and units. Read with SQL, so that
 * the checks depend on no domain package (every domain package depends on them).
 */
@ApplicationScoped
public class PlaceQueries {

    private final EntityManager em;

    public PlaceQueries(EntityManager em) {
        this.em = em;
    }

    /** An administrative unit and the units it lies in; the tree is at most three levels deep. */
    record AdministrativeUnitPlace(String code, String parentCode, String provinceCode) {}

    /** A polling area's commune and its one electoral unit per body (PA-3, PA-4). */
    record PollingAreaPlace(UUID id, String communeCode, List<UUID> electoralUnitIds) {}

    Optional<AdministrativeUnitPlace> administrativeUnit(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, parent_code, province_code from administrative_unit where code = ?1")
                .setParameter(1, code)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new AdministrativeUnitPlace((String) row[0], (String) row[1], (String) row[2]));
    }

    /** The administrative unit an electoral unit lies in, if the electoral unit exists. */
    Optional<String> administrativeUnitOfElectoralUnit(UUID electoralUnitId) {
        return column(
                        "select administrative_unit_code from electoral_unit where id = ?1",
                        electoralUnitId,
                        String.class)
                .stream()
                .findFirst();
    }

    Optional<PollingAreaPlace> pollingArea(UUID pollingAreaId) {
        return column("select commune_code from polling_area where id = ?1", pollingAreaId, String.class).stream()
                .findFirst()
                .map(commune -> new PollingAreaPlace(
                        pollingAreaId,
                        commune,
                        column(
                                "select electoral_unit_id from polling_area_unit where polling_area_id = ?1",
                                pollingAreaId,
                                UUID.class)));
    }

    /** The values of a query's one column, for one parameter. */
    private <T> List<T> column(String sql, Object parameter, Class<T> type) {
        List<?> values =
                em.createNativeQuery(sql, type).setParameter(1, parameter).getResultList();
        return values.stream().map(type::cast).toList();
    }
}
