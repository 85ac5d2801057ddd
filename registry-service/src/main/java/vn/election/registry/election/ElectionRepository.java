package vn.election.registry.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ElectionRepository implements PanacheRepositoryBase<Election, UUID> {}
