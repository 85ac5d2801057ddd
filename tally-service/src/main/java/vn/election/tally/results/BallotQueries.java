package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The candidates on the units' ballots: who is on the ballot of a round, their names and birth dates. */
@ApplicationScoped
public class BallotQueries {

    private final EntityManager em;

    public BallotQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The candidates on the ballot of each unit's current round, read by key: the standing list of the
     * units in their first round, the second round's list of those in their second (W-5, W-6).
     */
    Map<UUID, List<UUID>> ballots(Collection<UUID> inFirstRound, Collection<UUID> inSecondRound) {
        Map<UUID, List<UUID>> ballots = new HashMap<>();
        if (!inFirstRound.isEmpty()) {
            addAll(
                    ballots,
                    em.createNativeQuery("select unit_id, candidate_id from candidate "
                                    + "where unit_id in (?1) and not withdrawn")
                            .setParameter(1, inFirstRound)
                            .getResultList());
        }
        if (!inSecondRound.isEmpty()) {
            addAll(
                    ballots,
                    em.createNativeQuery("select unit_id, candidate_id from round_candidate "
                                    + "where unit_id in (?1) and round > 1")
                            .setParameter(1, inSecondRound)
                            .getResultList());
        }
        return ballots;
    }

    private static void addAll(Map<UUID, List<UUID>> ballots, List<?> rows) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ballots.computeIfAbsent((UUID) r[0], u -> new ArrayList<>()).add((UUID) r[1]);
        }
    }

    /** The birth date of each candidate of these units (W-4), by unit. */
    Map<UUID, Map<UUID, LocalDate>> birthDates(List<UUID> unitIds) {
        Map<UUID, Map<UUID, LocalDate>> births = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select unit_id, candidate_id, birth_date from candidate " + "where unit_id in (?1)")
                .setParameter(1, unitIds)
                .getResultList()) {
            Object[] r = (Object[]) row;
            births.computeIfAbsent((UUID) r[0], u -> new HashMap<>()).put((UUID) r[1], date(r[2]));
        }
        return births;
    }

    /**
     * The name of each candidate of these units, by unit, in ballot order, with the finding that they are
     * recognized at no level (C-5), if any. It reads the structure and the findings only, which no change of
     * results writes: nothing pending is flushed for it.
     */
    Map<UUID, Map<UUID, BallotName>> names(List<UUID> unitIds) {
        Map<UUID, Map<UUID, BallotName>> names = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select c.unit_id, c.candidate_id, c.full_name, n.rule, n.reason from candidate c
                        left join candidate_not_recognized n on n.unit_id = c.unit_id and n.candidate_id = c.candidate_id
                        where c.unit_id in (?1) order by c.unit_id, c.position""")
                .setParameter(1, unitIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()) {
            Object[] r = (Object[]) row;
            UUID candidate = (UUID) r[1];
            String name = (String) r[2];
            NotRecognized finding =
                    r[3] == null ? null : new NotRecognized(candidate, name, (String) r[3], (String) r[4]);
            names.computeIfAbsent((UUID) r[0], u -> new LinkedHashMap<>())
                    .put(candidate, new BallotName(name, finding));
        }
        return names;
    }

    /** A candidate as the result shows them: their name and, if any, the finding that they are not recognized. */
    record BallotName(String fullName, NotRecognized notRecognized) {

        String notRecognizedText() {
            return notRecognized == null ? null : notRecognized.text();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
