package vn.election.registry.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CandidateListRepository implements PanacheRepositoryBase<CandidateList, UUID> {}
