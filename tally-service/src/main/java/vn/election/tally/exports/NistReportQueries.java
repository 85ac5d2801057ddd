package vn.election.tally.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.registry.AdministrativeLevel;

/** The structure and the candidate lists of an election, as the NIST results report lays them out. */
@ApplicationScoped
public class NistReportQueries {

    private final EntityManager em;

    public NistReportQueries(EntityManager em) {
        this.em = em;
    }

    /** An administrative unit; {@code parentCode} null for a province. */
    record AdministrativeUnitRow(String code, String name, AdministrativeLevel level, String parentCode) {}

    /** A polling area in its commune. */
    record PollingAreaRow(UUID id, int number, String name, String communeCode) {}

    /** A polling area that votes in an electoral unit (PA-4). */
    record UnitPollingArea(UUID unitId, UUID pollingAreaId) {}

    /** A candidate on a unit's official list. */
    record ListedCandidate(UUID candidateId, String fullName, boolean withdrawn) {}

    /**
     * The administrative units of the election's polling areas and electoral units with all their parents,
     * parents before their children.
     */
    List<AdministrativeUnitRow> administrativeUnits(UUID electionId) {
        List<AdministrativeUnitRow> units = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        with recursive up(code, name, level, parent) as (
                            select a.code, a.name, a.level, a.parent_code from administrative_unit a
                            where a.code in (select commune_code from polling_area where election_id = ?1
                                             union select administrative_unit_code from electoral_unit
                                             where election_id = ?1)
                            union
                            select a.code, a.name, a.level, a.parent_code from administrative_unit a
                            join up on a.code = up.parent)
                        -- parents before their children
                        select code, name, level, parent from up
                        order by case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, code""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            units.add(new AdministrativeUnitRow(
                    (String) r[0], (String) r[1], AdministrativeLevel.valueOf((String) r[2]), (String) r[3]));
        }
        return units;
    }

    /** The election's polling areas, by commune and number. */
    List<PollingAreaRow> pollingAreas(UUID electionId) {
        List<PollingAreaRow> areas = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, number, name, commune_code from polling_area "
                        + "where election_id = ?1 order by commune_code, number")
                .setParameter(1, electionId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            areas.add(new PollingAreaRow((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]));
        }
        return areas;
    }

    /** Which polling areas vote in which unit, the polling areas by commune and number. */
    List<UnitPollingArea> unitPollingAreas(UUID electionId) {
        List<UnitPollingArea> pairs = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select pau.unit_id, pau.polling_area_id from polling_area_unit pau
                        join polling_area pa on pa.id = pau.polling_area_id where pa.election_id = ?1
                        order by pa.commune_code, pa.number""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            pairs.add(new UnitPollingArea((UUID) r[0], (UUID) r[1]));
        }
        return pairs;
    }

    /** The official list of each of the election's units, in ballot order, withdrawn candidates included. */
    Map<UUID, List<ListedCandidate>> candidatesByUnit(UUID electionId) {
        Map<UUID, List<ListedCandidate>> byUnit = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select c.unit_id, c.candidate_id, c.full_name, c.withdrawn from candidate c
                        join electoral_unit eu on eu.id = c.unit_id where eu.election_id = ?1
                        order by c.unit_id, c.position""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            byUnit.computeIfAbsent((UUID) r[0], u -> new ArrayList<>())
                    .add(new ListedCandidate((UUID) r[1], (String) r[2], (Boolean) r[3]));
        }
        return byUnit;
    }
}
