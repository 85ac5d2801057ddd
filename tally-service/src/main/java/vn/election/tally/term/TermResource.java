package vn.election.tally.term;

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
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Term", description = "Deputies who left during the term and by-elections (bầu cử bổ sung), W-7")
public class TermResource {

    private final TermService service;

    public TermResource(TermService service) {
        this.service = service;
    }

    @POST
    @Path("/vacancies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "recordVacancy",
            summary = "Record a deputy who left during the term (W-7)",
            description = "By the National Election Council for an NA deputy, by the committee of the council's own "
                    + "administrative unit (or the council) for a People's Council deputy; anyone else is a 403. The "
                    + "candidate must be elected in a certified unit, and leave between election day and today (422, "
                    + "D-13); a second record of the same deputy is a 409. Publishes DeputyVacancyRecorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    public Response recordVacancy(
            @PathParam("electionId") UUID electionId, @Valid @NotNull VacancyRequest request, UriInfo uri) {
        VacancyView created = service.recordVacancy(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("/vacancies")
    @PermitAll
    @Operation(operationId = "listVacancies", summary = "The deputies who left during the term, by the day they left")
    public List<VacancyView> vacancies(@PathParam("electionId") UUID electionId) {
        return service.vacancies(electionId);
    }

    @GET
    @Path("/vacancies/{vacancyId}")
    @PermitAll
    @Operation(operationId = "getVacancy", summary = "One vacancy")
    public VacancyView vacancy(@PathParam("electionId") UUID electionId, @PathParam("vacancyId") UUID vacancyId) {
        return service.vacancy(electionId, vacancyId);
    }

    @POST
    @Path("/by-elections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "defineByElection",
            summary = "Define a by-election during the term (bầu cử bổ sung), when W-7 allows it",
            description = "By the National Election Council for the NA, by the committee of the council's own "
                    + "administrative unit (or the council) for a People's Council. Refused with W-7 (422) unless "
                    + "more than 2 years (NA) or 18 months (council) of the five-year term from election day remain "
                    + "after its date, and more than 10 % (NA) or a third (council) of the body's seats are missing "
                    + "(seats of its units less the deputies elected in certified units, plus recorded vacancies), "
                    + "or, for a council of a new administrative unit, it has fewer than two thirds of its seats "
                    + "(D-13). Publishes ByElectionDefined.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = ByElectionView.class)))
    public Response defineByElection(
            @PathParam("electionId") UUID electionId, @Valid @NotNull ByElectionRequest request, UriInfo uri) {
        ByElectionView created = service.defineByElection(electionId, request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("/by-elections")
    @PermitAll
    @Operation(operationId = "listByElections", summary = "The by-elections of the term, by date")
    public List<ByElectionView> byElections(@PathParam("electionId") UUID electionId) {
        return service.byElections(electionId);
    }

    @GET
    @Path("/by-elections/{byElectionId}")
    @PermitAll
    @Operation(operationId = "getByElection", summary = "One by-election, with the figures that allowed it")
    public ByElectionView byElection(
            @PathParam("electionId") UUID electionId, @PathParam("byElectionId") UUID byElectionId) {
        return service.byElection(electionId, byElectionId);
    }
}
