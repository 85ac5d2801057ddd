package vn.election.registry.candidate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;

@Path("/api/v1/elections/{electionId}/level-violations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Candidates (người ứng cử) and official candidate lists")
public class LevelViolationResource {

    private final LevelViolationService violations;

    public LevelViolationResource(LevelViolationService violations) {
        this.violations = violations;
    }

    @POST
    @RolesAllowed(Roles.NEC)
    @Operation(
            operationId = "recordLevelViolation",
            summary = "Record a C-5 finding: a person stands for more levels than allowed",
            description = "By the National Election Council. Before election day the person is struck from every "
                    + "list they stand on (CandidateWithdrawn on registry.candidates where a list was published); "
                    + "from election day on they are recognized at no level (CandidateNotRecognized). 404 if the "
                    + "person stands nowhere; 409 if election day has come and the finding was recorded already.")
    @APIResponse(
            responseCode = "200",
            description = "The person's candidacies as they now stand",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateView.class)))
    public List<CandidateView> record(
            @PathParam("electionId") UUID electionId, @Valid @NotNull LevelViolation request) {
        return violations.record(electionId, request);
    }
}
