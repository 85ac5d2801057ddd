package vn.election.tally.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.election.tally.election.PlaceQueries;
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

    private final UnitResultViews views;
    private final UnitResults results;
    private final PlaceQueries places;
    private final PublishedUnitRepository published;
    private final ObjectMapper json;
    private final Event<ChangesPublished> committed;

    public Publication(
            UnitResultViews views,
            UnitResults results,
            PlaceQueries places,
            PublishedUnitRepository published,
            ObjectMapper json,
            Event<ChangesPublished> committed) {
        this.views = views;
        this.results = results;
        this.places = places;
        this.published = published;
        this.json = json;
        this.committed = committed;
    }

    /** The changes of one commit, for the stream (observed after a successful commit only). */
    record ChangesPublished(List<PublishedChange> changes) {}

    void rebuild(@Observes ResultsChanged changed) {
        List<UnitRound> rounds = changed.rounds();
        Map<UUID, UnitResultView> documents = views.of(changed);
        Map<String, List<String>> paths = places.paths(documents.values().stream()
                .map(UnitResultView::administrativeUnitCode)
                .collect(Collectors.toSet()));
        Map<UUID, String> written = new HashMap<>();
        documents.forEach((unit, view) -> written.put(unit, write(view)));
        // last: the change numbers' lock is held from here to the commit
        results.number(rounds);
        List<PublishedUnit> units = new ArrayList<>(rounds.size());
        for (UnitRound round : rounds) {
            UnitResultView view = documents.get(round.unitId());
            String code = view.administrativeUnitCode();
            units.add(new PublishedUnit(
                    round, view, paths.getOrDefault(code, List.of(code)), written.get(round.unitId())));
        }
        published.save(units);
        committed.fire(
                new ChangesPublished(units.stream().map(PublishedUnit::change).toList()));
    }

    private String write(UnitResultView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a unit result cannot be written as JSON", e);
        }
    }
}
