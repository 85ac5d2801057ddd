package vn.election.awards.nominee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.kit.problem.ProblemException;

/** The nominees of all elections. */
@ApplicationScoped
public class NomineeRepository implements PanacheRepositoryBase<Nominee, UUID> {

    public Nominee get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("nominee", id));
    }

    public Nominee referenced(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "nominee", id));
    }

    /** A page of an election's nominees in id order, after the cursor (keyset paging). */
    List<Nominee> page(UUID electionId, UUID after, int limit) {
        return find("electionId = ?1 and id > ?2", Sort.by("id"), electionId, after == null ? new UUID(0, 0) : after)
                .page(0, limit)
                .list();
    }

    /** The election teams (Tổ bầu cử) of a polling area. */
    public List<Nominee> teamsOf(UUID pollingAreaId) {
        return list("pollingAreaId", pollingAreaId);
    }

    /** The election boards (Ban bầu cử) of an electoral unit. */
    public List<Nominee> boardsOf(UUID electoralUnitId) {
        return list("electoralUnitId", electoralUnitId);
    }
}
