package vn.election.registry.admin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AdministrativeUnitRepository implements PanacheRepositoryBase<AdministrativeUnit, String> {

    /** One keyset page of the units directly under {@code parentCode} (the provinces when null), by code. */
    List<AdministrativeUnit> page(String parentCode, String afterCode, int limit) {
        Parameters params = Parameters.with("after", afterCode == null ? "" : afterCode);
        String where = "code > :after and ";
        if (parentCode == null) {
            where += "parentCode is null";
        } else {
            where += "parentCode = :parent";
            params.and("parent", parentCode);
        }
        return find(where, Sort.by("code"), params).page(0, limit).list();
    }
}
