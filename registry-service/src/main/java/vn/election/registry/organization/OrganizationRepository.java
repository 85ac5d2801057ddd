package vn.election.registry.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
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
     * ORG-3: the name of the board of this electoral unit, or of the team of one of its polling areas, on which
     * this person sits, if any.
     */
    @Override
    public Optional<String> seatInUnit(UUID electoralUnitId, String fullName, LocalDate birthDate) {
        return getEntityManager()
                .createNativeQuery("""
                        select o.name from organization o
                        join organization_member m on m.organization_id = o.id
                        where m.full_name = ?2 and m.birth_date = ?3
                          and (o.electoral_unit_id = ?1
                               or o.polling_area_id in (select u.polling_area_id from polling_area_unit u
                                                        where u.electoral_unit_id = ?1))
                        order by o.name limit 1""", String.class)
                .setParameter(1, electoralUnitId)
                .setParameter(2, fullName)
                .setParameter(3, birthDate)
                .getResultStream()
                .findFirst();
    }
}
