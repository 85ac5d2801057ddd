package vn.election.tally.annulment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.security.Caller;
import vn.election.tally.election.PlaceTree;

@Path("/api/v1/elections/{electionId}/annulments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Annulments",
        description = "The National Election Council's annulments of results (hủy bỏ kết quả bầu cử), W-6")
public class AnnulmentResource {

    private final AnnulmentService service;
    private final PlaceTree places;
    private final Caller caller;

    public AnnulmentResource(AnnulmentService service, PlaceTree places, Caller caller) {
        this.service = service;
        this.places = places;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NEC)
    @Operation(
            operationId = "annulResult",
            summary = "Annul the result of a unit or of one of its polling areas (W-6)",
            description = "By the National Election Council only, for a serious violation; for an NA unit the "
                    + "provincial committee's proposal may be recorded (for a council unit it is a 422, W-6). The "
                    + "unit's first round, determined (VALID, needing a bầu thêm, or certified: D-11), goes to "
                    + "NEEDS_REPEAT_ELECTION, a bầu lại with the same list (D-10); its minutes stay readable, marked "
                    + "with the annulment, and can no longer change. A unit still counting, already going to a bầu "
                    + "lại, or at its second round is a 409. A polling area that does not vote in the unit is a 422 "
                    + "(PA-4). Publishes UnitResultAnnulled and the unit's result again, with the reason.")
    @APIResponse(
            responseCode = "201",
            description = "Annulled",
            content = @Content(schema = @Schema(implementation = AnnulmentView.class)))
    public Response annul(
            @PathParam("electionId") UUID electionId, @Valid @NotNull AnnulmentRequest request, UriInfo uri) {
        caller.requireWithin(Jurisdiction.electoralUnit(request.unitId()), places.hierarchy());
        AnnulmentView created = service.annul(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    // Annulments and their reasons are published (W-6): anyone reads them.
    @GET
    @PermitAll
    @Operation(operationId = "listAnnulments", summary = "The annulments of an election, oldest first")
    public List<AnnulmentView> list(@PathParam("electionId") UUID electionId) {
        return service.ofElection(electionId);
    }

    @GET
    @Path("/{annulmentId}")
    @PermitAll
    @Operation(operationId = "getAnnulment", summary = "One annulment, with its reason")
    public AnnulmentView get(@PathParam("electionId") UUID electionId, @PathParam("annulmentId") UUID annulmentId) {
        return service.get(electionId, annulmentId);
    }
}
