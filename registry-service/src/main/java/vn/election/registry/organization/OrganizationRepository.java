package vn.election.registry.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /**
     * ORG-3: the name of the board of this electoral unit, or of the team of one of its polling areas, on which
     * this person sits, if any.
     */
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
