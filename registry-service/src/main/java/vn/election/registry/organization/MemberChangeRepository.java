package vn.election.registry.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberChangeRepository implements PanacheRepositoryBase<MemberChange, Long> {

    /** An organization's membership history, oldest first. */
    List<MemberChange> history(UUID organizationId) {
        return list("organizationId = ?1 order by id", organizationId);
    }
}
