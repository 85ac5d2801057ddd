package vn.election.registry.common;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * D-37: who is under an unresolved complaint (V-8, R-3), for the flag of the officials' views of voters and
 * candidates. Implemented where the complaints are kept, so that the voter and candidate packages need not know
 * them.
 */
public interface OpenComplaints {

    /** Of these voters' citizen ids, those an unresolved complaint about a list of the election concerns. */
    Set<String> votersAmong(UUID electionId, Collection<String> citizenIds);

    /** Of these candidates, those under an unresolved complaint. */
    Set<UUID> candidatesAmong(Collection<UUID> candidateIds);
}
