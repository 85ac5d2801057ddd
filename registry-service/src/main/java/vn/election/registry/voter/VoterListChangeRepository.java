package vn.election.registry.voter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class VoterListChangeRepository implements PanacheRepositoryBase<VoterListChange, Long> {}
