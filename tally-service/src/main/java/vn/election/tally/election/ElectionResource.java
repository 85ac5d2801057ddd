package vn.election.tally.election;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.kit.problem.ProblemException;

// Public (docs/architecture.md): the election, its units with their seats and polling areas, and the official
// candidate lists, which anyone may read; voter counts per polling area are totals, never a person's data.
@PermitAll
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Elections the tally has learned of from the registry")
public class ElectionResource {

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final PollingAreaRepository pollingAreas;
    private final CandidateListRepository candidateLists;

    public ElectionResource(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            PollingAreaRepository pollingAreas,
            CandidateListRepository candidateLists) {
        this.elections = elections;
        this.units = units;
        this.pollingAreas = pollingAreas;
        this.candidateLists = candidateLists;
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getTallyElection",
            summary = "One election, as the tally knows it",
            description = "404 until the tally has learned of it from the registry.")
    public ElectionView get(@PathParam("id") UUID id) {
        return elections
                .findByIdOptional(id)
                .map(ElectionView::of)
                .orElseThrow(() -> ProblemException.notFound("election", id));
    }

    @GET
    @Path("/{id}/units/{unitId}")
    @Operation(
            operationId = "getTallyUnit",
            summary = "One electoral unit with its polling areas, voters and candidates, as the tally knows it")
    public UnitView unit(@PathParam("id") UUID id, @PathParam("unitId") UUID unitId) {
        ElectoralUnit unit = units.findByIdOptional(unitId)
                .filter(u -> u.electionId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", unitId));
        return UnitView.of(unit, pollingAreas.ofUnit(unitId, unit.body), candidateLists.findById(unitId));
    }

    @GET
    @Path("/{id}/units")
    @Operation(
            operationId = "listTallyUnits",
            summary = "The electoral units of an election (a few hundred per body at most), optionally of one body")
    public List<UnitSummary> units(@PathParam("id") UUID id, @QueryParam("body") Body body) {
        return units.ofElection(id, body).stream().map(UnitSummary::of).toList();
    }

    /** An electoral unit (đơn vị bầu cử) in a list. */
    @Schema(name = "ElectoralUnitSummary")
    public record UnitSummary(UUID id, Body body, int number, String name, int seats, String administrativeUnitCode) {
        static UnitSummary of(ElectoralUnit u) {
            return new UnitSummary(u.id, u.body, u.number, u.name, u.seats, u.administrativeUnitCode);
        }
    }
}
