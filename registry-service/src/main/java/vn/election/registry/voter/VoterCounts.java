package vn.election.registry.voter;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.election.events.Body;
import vn.election.registry.election.Election;

/**
 * Who votes at a polling area, per body of its election: listed voters without a transfer, by the scope of their
 * category (V-6), and voters transferred there, with the reduced scope of V-10.
 *
 * @param voters everyone who votes there
 * @param byBody of them, those who vote for each body of the election
 */
record VoterCounts(long voters, Map<Body, Integer> byBody) {

    /** V-10: a transferred voter votes NA, and the provincial council only within the same province. */
    private static final Set<Body> TRANSFER_SCOPE_SAME_PROVINCE =
            EnumSet.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL);

    private static final Set<Body> TRANSFER_SCOPE_OTHER_PROVINCE = EnumSet.of(Body.NATIONAL_ASSEMBLY);

    static VoterCounts of(Election election, List<VoterListQueries.CategoryCount> groups) {
        Map<Body, Integer> byBody = new EnumMap<>(Body.class);
        election.bodies().forEach(body -> byBody.put(body, 0));
        long voters = 0;
        for (VoterListQueries.CategoryCount group : groups) {
            Set<Body> scope = bodiesOf(election, group.category(), group.transferred(), group.sameProvince());
            int n = group.voters();
            voters += n;
            scope.stream().filter(byBody::containsKey).forEach(body -> byBody.merge(body, n, Integer::sum));
        }
        return new VoterCounts(voters, byBody);
    }

    /**
     * The bodies a voter of {@code category} votes for where they vote: their category's scope (V-6), reduced
     * for a transferred voter (V-10), among the bodies the election elects.
     */
    static Set<Body> bodiesOf(Election election, VoterCategory category, boolean transferred, boolean sameProvince) {
        Set<Body> scope = category.scope(election.ruleset());
        if (transferred) {
            scope.retainAll(sameProvince ? TRANSFER_SCOPE_SAME_PROVINCE : TRANSFER_SCOPE_OTHER_PROVINCE);
        }
        scope.retainAll(election.bodies());
        return scope;
    }
}
