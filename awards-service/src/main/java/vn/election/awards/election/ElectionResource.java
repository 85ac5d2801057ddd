package vn.election.awards.election;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;

/** Public, as the registry publishes the same election (name, day, ruleset): nothing here is the awards' own. */
@PermitAll
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Elections whose work can be commended, as learned from the registry")
public class ElectionResource {

    private final ElectionRepository elections;

    public ElectionResource(ElectionRepository elections) {
        this.elections = elections;
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAwardsElection",
            summary = "One election, as the awards service knows it",
            description = "404 until the awards service has learned of it from the registry.")
    public ElectionSummary get(@PathParam("id") UUID id) {
        return elections
                .findByIdOptional(id)
                .map(e -> new ElectionSummary(e.id, e.name, e.electionDay, e.ruleset, e.drill, e.learnedAt))
                .orElseThrow(() -> ProblemException.notFound("election", id));
    }

    /** An election as the awards service shows it. */
    @Schema(name = "AwardsElection", description = "An election (cuộc bầu cử) whose work can be commended")
    public record ElectionSummary(
            @Schema(example = "0b9b7a4e-5c51-4b8e-9d5e-2f0d1c7a9e11")
            UUID id,

            @Schema(example = "Bầu cử đại biểu HĐND tỉnh Bắc Kạn nhiệm kỳ 2021-2026")
            String name,

            @Schema(example = "2021-05-23") LocalDate electionDay,
            @Schema(example = "2021") Ruleset ruleset,

            @Schema(description = "A drill (diễn tập), not a real election: its certificates say so (D-28)")
            boolean drill,

            OffsetDateTime learnedAt) {}
}
