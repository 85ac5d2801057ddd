package vn.election.registry.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.election.events.registry.OrganizationKind;
import vn.election.registry.candidate.OrganizationSeats;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID>, OrganizationSeats {

    /** ORG-1: whether the election has this organization already: one council, one per administrative unit, ... */
    boolean exists(
            UUID electionId,
            OrganizationKind kind,
            String administrativeUnitCode,
            UUID electoralUnitId,
            UUID pollingAreaId) {
        long found = switch (kind) {
            case NATIONAL_ELECTION_COUNCIL -> count("electionId = ?1 and kind = ?2", electionId, kind);
            case ELECTION_COMMITTEE ->
                count(
                        "electionId = ?1 and kind = ?2 and administrativeUnitCode = ?3",
                        electionId,
                        kind,
                        administrativeUnitCode);
            case ELECTION_BOARD ->
                count("electionId = ?1 and kind = ?2 and electoralUnitId = ?3", electionId, kind, electoralUnitId);
            case ELECTION_TEAM ->
                count("electionId = ?1 and kind = ?2 and pollingAreaId = ?3", electionId, kind, pollingAreaId);
        };
        return found > 0;
    }

    /**
     * ORG-3: the board of this electoral unit, and the teams of its polling areas, on which the person of
     * {@code citizenId} sits: matched by citizen id, never by name and date of birth.
     */
    @Override
    public List<Seat> seatsInUnit(UUID electoralUnitId, String citizenId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        select distinct o.id, o.name from organization o
                        join organization_member m on m.organization_id = o.id
                        where m.citizen_id = ?2
                          and (o.electoral_unit_id = ?1
                               or o.polling_area_id in (select u.polling_area_id from polling_area_unit u
                                                        where u.electoral_unit_id = ?1))
                        order by o.name""")
                .setParameter(1, electoralUnitId)
                .setParameter(2, citizenId)
                .getResultList();
        return rows.stream().map(r -> new Seat((UUID) r[0], (String) r[1])).toList();
    }
}
