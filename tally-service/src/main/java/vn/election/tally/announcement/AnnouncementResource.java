package vn.election.tally.announcement;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Results announcement",
        description = "Announcement of results (công bố kết quả bầu cử) and the elected (người trúng cử), R-2")
public class AnnouncementResource {

    private final AnnouncementService service;

    public AnnouncementResource(AnnouncementService service) {
        this.service = service;
    }

    @POST
    @Path("/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "announceResults",
            summary = "Announce a body's results",
            description = "By the competent body (D-14): the council for the National Assembly, nation-wide; for a "
                    + "People's Council the committee of exactly its administrative unit, or the council. Every unit "
                    + "of the body there must be certified (else 422 naming D-14, listing them); those not yet "
                    + "announced are announced and locked: their minutes and certification are refused from then on "
                    + "(D-14). After the deadline (R-2: days after election day per ruleset) the announcement is "
                    + "still made, with late: true (D-15). All announced already: 409. Publishes ResultsAnnounced.")
    @APIResponse(
            responseCode = "201",
            description = "Announced",
            content = @Content(schema = @Schema(implementation = AnnouncementView.class)))
    public Response announce(
            @PathParam("electionId") UUID electionId, @Valid @NotNull AnnouncementRequest request, UriInfo uri) {
        AnnouncementView created = service.announce(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("/announcements")
    @PermitAll
    @Operation(
            operationId = "listAnnouncements",
            summary = "The announcements of results of an election, oldest first, with the elected and late flag")
    public List<AnnouncementView> list(@PathParam("electionId") UUID electionId) {
        return service.list(electionId);
    }

    // Public: a deadline missed by the competent body is a public fact, as is the deadline itself.
    @GET
    @Path("/announcements/overdue")
    @PermitAll
    @Operation(
            operationId = "listOverdueAnnouncements",
            summary = "Results past their announcement deadline (R-2) and not announced (D-15)")
    public List<OverdueAnnouncement> overdue(@PathParam("electionId") UUID electionId) {
        return service.overdue(electionId);
    }

    @GET
    @Path("/elected")
    @PermitAll
    @Operation(
            operationId = "listElected",
            summary = "The elected of a body as announced (danh sách người trúng cử): name, unit, votes, % of valid")
    public List<AnnouncementView.Elected> elected(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "The body", required = true, example = "NATIONAL_ASSEMBLY")
                    @QueryParam("body")
                    @NotNull
                    Body body) {
        return service.elected(electionId, body);
    }
}
