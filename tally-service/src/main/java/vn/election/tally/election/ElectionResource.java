package vn.election.tally.election;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;

@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Elections the tally has learned of from the registry")
public class ElectionResource {

    private final KnownElections elections;

    public ElectionResource(KnownElections elections) {
        this.elections = elections;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One election, as the tally knows it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ElectionView.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) learned from the registry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ElectionView get(@PathParam("id") UUID id) {
        return elections.findByIdOptional(id).map(ElectionView::of)
                .orElseThrow(() -> ProblemException.notFound("election", id));
    }
}
