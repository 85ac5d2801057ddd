package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.events.registry.VoterListFinalized;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.election.CalendarStep;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingArea;
import vn.election.registry.pollingarea.PollingAreaService;

/**
 * Finalizes polling areas' voter lists: counts the voters per body (V-6, V-10), checks PA-1/PA-2 against the real
 * count and publishes {@code VoterListFinalized}, the counts the tally checks minutes against (D-18); a later change
 * of a finalized list (V-9, V-10) publishes its counts again, with a higher version (D-20). Each event commits with
 * its change (outbox).
 */
@ApplicationScoped
@Transactional
public class VoterListFinalization {

    private final ElectionService elections;
    private final PollingAreaService areas;
    private final AdministrativeUnitService administrativeUnits;
    private final VoterListQueries queries;
    private final FinalizedVoterListRepository finalizedLists;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public VoterListFinalization(
            ElectionService elections,
            PollingAreaService areas,
            AdministrativeUnitService administrativeUnits,
            VoterListQueries queries,
            FinalizedVoterListRepository finalizedLists,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.elections = elections;
        this.areas = areas;
        this.administrativeUnits = administrativeUnits;
        this.queries = queries;
        this.finalizedLists = finalizedLists;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** Finalizes a polling area's list, or finalizes it again. */
    public VoterListView finalizeList(UUID electionId, UUID areaId) {
        Election election = elections.require(electionId);
        PollingArea area = areas.require(electionId, areaId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(areaId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // V-7 (D-26): a list is first posted by its milestone; a list posted in time may be finalized again
        if (finalizedLists.findByIdOptional(areaId).isEmpty()) {
            election.requireOnTime(CalendarStep.VOTER_LISTS_POSTED, "electionId", now);
        }
        // the version first: it locks the area's row, so the count below sees every change committed before it
        // (D-20); a refusal rolls the mark back
        long version = finalizedLists.markFinalized(areaId, now, caller.actor());
        VoterCounts counts = count(election, area);
        area.voterCountProblem("voters", counts.voters()).ifPresent(problem -> {
            throw ProblemException.ruleViolations(List.of(problem));
        });
        return publish(election, areaId, counts, now, version);
    }

    /**
     * Of the polling areas whose lists changed, the finalized ones publish their counts again, with the next version
     * (D-20): the event replaces the earlier one, in the transaction of the change.
     */
    void republish(Election election, Collection<UUID> areaIds) {
        Map<UUID, Long> versions = finalizedLists.nextVersionsOfFinalized(new LinkedHashSet<>(areaIds));
        for (UUID areaId : new LinkedHashSet<>(areaIds)) {
            Long version = versions.get(areaId);
            if (version != null) {
                publish(
                        election,
                        areaId,
                        count(election, areas.require(election.id(), areaId)),
                        OffsetDateTime.now(clock),
                        version);
            }
        }
    }

    private VoterCounts count(Election election, PollingArea area) {
        String province = administrativeUnits.require(area.communeCode()).provinceCode();
        return VoterCounts.of(election, queries.votersByCategory(area.id(), province));
    }

    private VoterListView publish(Election election, UUID areaId, VoterCounts counts, OffsetDateTime at, long version) {
        outbox.record(new VoterListFinalized(election.id(), areaId, counts.byBody(), at, version));
        return new VoterListView(areaId, counts.voters(), counts.byBody(), at);
    }
}
