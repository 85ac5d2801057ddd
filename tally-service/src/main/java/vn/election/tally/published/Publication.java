package vn.election.tally.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import vn.election.tally.results.ResultsChanged;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitResultViews;
import vn.election.tally.results.UnitResults;
import vn.election.tally.results.UnitRound;

/**
 * Rebuilds the published document of each unit whose result changed, in the transaction of the change,
 * so that published reads are single indexed queries; the units take their change numbers once the
 * documents are built (the numbers' lock is the one point where writers of an election wait on each
 * other). After commit, the changes go to the stream.
 */
@ApplicationScoped
public class Publication {

    private final EntityManager em;
    private final UnitResultViews views;
    private final UnitResults results;
    private final ObjectMapper json;
    private final Event<ChangesPublished> published;

    public Publication(
            EntityManager em,
            UnitResultViews views,
            UnitResults results,
            ObjectMapper json,
            Event<ChangesPublished> published) {
        this.em = em;
        this.views = views;
        this.results = results;
        this.json = json;
        this.published = published;
    }

    /** The changes of one commit, for the stream (observed after a successful commit only). */
    record ChangesPublished(List<PublishedChange> changes) {}

    void rebuild(@Observes ResultsChanged changed) {
        List<UnitRound> rounds = changed.rounds();
        Map<UUID, UnitResultView> documents = views.of(changed);
        Map<String, List<String>> paths = paths(documents.values().stream()
                .map(UnitResultView::administrativeUnitCode)
                .collect(Collectors.toSet()));
        Map<UUID, String> written = new HashMap<>();
        documents.forEach((unit, view) -> written.put(unit, write(view)));
        // last: the change numbers' lock is held from here to the commit
        results.number(rounds);
        List<PublishedChange> changes = new ArrayList<>(rounds.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into published_unit (unit_id, election_id, body, sort_key, path, change_seq, changed_at,
                        status, provisional, elected, reported, expected, total_voters, participated, valid, invalid,
                        document)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (unit_id) do update set sort_key = excluded.sort_key, path = excluded.path,
                        change_seq = excluded.change_seq, changed_at = excluded.changed_at, status = excluded.status,
                        provisional = excluded.provisional, elected = excluded.elected, reported = excluded.reported,
                        expected = excluded.expected, total_voters = excluded.total_voters,
                        participated = excluded.participated, valid = excluded.valid, invalid = excluded.invalid,
                        document = excluded.document""")) {
                for (UnitRound round : rounds) {
                    UnitResultView view = documents.get(round.unitId());
                    String document = written.get(round.unitId());
                    Array path = connection.createArrayOf(
                            "varchar",
                            paths.getOrDefault(view.administrativeUnitCode(), List.of(view.administrativeUnitCode()))
                                    .toArray());
                    int i = 1;
                    upsert.setObject(i++, view.unitId());
                    upsert.setObject(i++, round.electionId());
                    upsert.setString(i++, view.body().name());
                    upsert.setString(i++, sortKey(view));
                    upsert.setArray(i++, path);
                    upsert.setLong(i++, round.changeSeq());
                    upsert.setTimestamp(i++, Timestamp.from(round.changedAt().toInstant()));
                    upsert.setString(i++, view.status().name());
                    upsert.setBoolean(i++, view.provisional());
                    upsert.setInt(i++, (int) view.candidates().stream()
                            .filter(UnitResultView.CandidateResult::elected)
                            .count());
                    upsert.setLong(i++, view.progress().pollingAreasReported());
                    upsert.setLong(i++, view.progress().pollingAreasTotal());
                    upsert.setLong(i++, view.totals().totalVoters());
                    upsert.setLong(i++, view.totals().votersParticipated());
                    upsert.setLong(i++, view.totals().valid());
                    upsert.setLong(i++, view.totals().invalid());
                    upsert.setString(i, document);
                    upsert.addBatch();
                    changes.add(new PublishedChange(round.electionId(), view.unitId(), round.changeSeq(), document));
                }
                upsert.executeBatch();
            }
        });
        published.fire(new ChangesPublished(changes));
    }

    /**
     * body (in the order of the Body enum: National Assembly first) / administrative unit / number / unit
     * id: unique, and the order lists are read in.
     */
    static String sortKey(UnitResultView view) {
        return view.body().ordinal() + "/" + view.administrativeUnitCode() + "/" + "%05d".formatted(view.number()) + "/"
                + view.unitId();
    }

    /** For each administrative unit, itself and every unit above it, in one query. */
    private Map<String, List<String>> paths(Set<String> codes) {
        Map<String, List<String>> paths = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        with recursive up(start, code, parent, depth) as (
                            select code, code, parent_code, 0 from administrative_unit where code in (?1)
                            union all
                            select up.start, a.code, a.parent_code, up.depth + 1
                            from administrative_unit a join up on a.code = up.parent)
                        select start, code from up order by start, depth""")
                .setFlushMode(FlushModeType.COMMIT) // the structure is not written by a change: no early flush
                .setParameter(1, codes)
                .getResultList()) {
            Object[] r = (Object[]) row;
            paths.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add((String) r[1]);
        }
        return paths;
    }

    private String write(UnitResultView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a unit result cannot be written as JSON", e);
        }
    }
}
