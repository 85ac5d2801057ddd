package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.text.Texts;
import vn.election.registry.common.OpenComplaints;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;

/**
 * The officials' search of the voter lists (personal data, V-5): inside the caller's jurisdiction, by the start of
 * the name ignoring diacritics and case, by citizen id, by polling area; keyset pages; each voter flagged when
 * under an unresolved complaint (D-37).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoterSearch {

    private final ElectionService elections;
    private final VoterListQueries queries;
    private final Jurisdictions jurisdictions;
    private final OpenComplaints complaints;

    public VoterSearch(
            ElectionService elections,
            VoterListQueries queries,
            Jurisdictions jurisdictions,
            OpenComplaints complaints) {
        this.elections = elections;
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.complaints = complaints;
    }

    /**
     * Keyset page of voters by folded name, then citizen id. {@code name} matches the start of the name,
     * ignoring diacritics and case.
     */
    public VoterPage search(
            UUID electionId, String name, String citizenId, UUID pollingAreaId, String after, int limit) {
        elections.require(electionId);
        Jurisdiction within = null;
        if (pollingAreaId != null) {
            jurisdictions.requireWithin(Jurisdiction.pollingArea(pollingAreaId));
        } else {
            within = callersJurisdiction();
        }
        var filter = new VoterListQueries.VoterFilter(
                name != null && !name.isBlank() ? Texts.fold(name) : null,
                citizenId,
                pollingAreaId,
                within,
                after == null ? null : decodeCursor(after));
        List<VoterListQueries.SearchHit> hits = queries.search(electionId, filter, limit + 1);
        List<VoterView> page = hits.stream()
                .limit(limit)
                .map(VoterListQueries.SearchHit::voter)
                .toList();
        // D-37: the page's voters under an unresolved complaint, in one look-up
        Set<String> underComplaint = complaints.votersAmong(
                electionId, page.stream().map(VoterView::citizenId).toList());
        List<VoterView> items =
                page.stream().map(v -> v.flaggedAmong(underComplaint)).toList();
        String next = hits.size() > limit ? encodeCursor(hits.get(limit - 1).key()) : null;
        return new VoterPage(items, next);
    }

    /**
     * A search without a polling area covers the caller's jurisdiction only: the voters listed at, or transferred
     * to, a polling area inside it. A caller without a readable jurisdiction is refused.
     */
    private Jurisdiction callersJurisdiction() {
        Jurisdiction holder = jurisdictions.callerJurisdiction().orElse(null);
        if (holder == null) {
            jurisdictions.requireWithin(Jurisdiction.NATION);
        }
        return holder;
    }

    private static String encodeCursor(VoterListQueries.SearchKey key) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key.nameFolded() + "\n" + key.citizenId()).getBytes(StandardCharsets.UTF_8));
    }

    private static VoterListQueries.SearchKey decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length == 2) {
                return new VoterListQueries.SearchKey(parts[0], parts[1]);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ProblemException(
                ProblemType.BAD_REQUEST,
                "the cursor is not one this service gave",
                List.of(new Problem.FieldError("after", "InvalidCursor", "pass the `next` of the previous page")));
    }
}
