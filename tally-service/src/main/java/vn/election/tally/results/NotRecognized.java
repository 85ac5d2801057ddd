package vn.election.tally.results;

import java.util.UUID;
import vn.election.events.Rule;

/**
 * A candidate recognized as elected at no level, whatever their votes: a breach of C-5 found from election
 * day on. Their seat stays vacant (D-40).
 *
 * @param fullName the candidate's name on the list, null if the list does not hold them
 * @param rule     the rule broken, as the registry sent it
 * @param finding  what the National Election Council found
 */
public record NotRecognized(UUID candidateId, String fullName, String rule, String finding) {

    /** As the unit's result shows it on the candidate: {@code not recognized (C-5): <finding>}. */
    public String text() {
        return "not recognized (" + rule + "): " + finding;
    }

    /** As the determination's reason tells it, with the vacancy it leaves (D-40). */
    String reason() {
        return (fullName == null ? candidateId.toString() : fullName) + " " + text() + "; the seat stays vacant ("
                + Rule.D_40.id() + ")";
    }
}
