package vn.election.tally.complaint;

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

@Path("/api/v1/elections/{electionId}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints about results", description = "Khiếu nại về kết quả bầu cử (R-2): filing, decisions")
public class ComplaintResource {

    private final ComplaintService service;

    public ComplaintResource(ComplaintService service) {
        this.service = service;
    }

    // D-16: any holder of a token files (an official for a citizen, a candidate's or observer's account); never
    // anonymously, and the gateway's write limits apply.
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({
        Roles.NEC,
        Roles.COMMITTEE,
        Roles.BOARD,
        Roles.TEAM,
        Roles.AWARDS_OFFICER,
        Roles.AWARDS_APPROVER,
        Roles.PARTNER
    })
    @Operation(
            operationId = "fileResultComplaint",
            summary = "File a complaint about a unit's results",
            description = "With a token of any role (D-16). Refused before the unit's results are announced (422 "
                    + "D-17) and after the ruleset's days from the announcement (422 R-2). Assigned to the council "
                    + "(NA, settled within 30 days) or the committee of the council's administrative unit (20 days). "
                    + "The complainant's name and contact are for officials only. Publishes ResultComplaintFiled.")
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    public Response file(
            @PathParam("electionId") UUID electionId, @Valid @NotNull ComplaintRequests.Filing filing, UriInfo uri) {
        ComplaintView created = service.file(electionId, filing);
        return Responses.created(uri, created.id(), created);
    }

    @POST
    @Path("/{complaintId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "decideResultComplaint",
            summary = "Settle a complaint about results",
            description = "By the competent body (D-14's fit): the council for the NA, the committee of the council's "
                    + "administrative unit, or the council. Upheld orders ANNULMENT or RECOUNT (only recorded: the "
                    + "annulment is carried out separately); dismissed orders none (else 422). Decided already: 409. "
                    + "Publishes ResultComplaintResolved.")
    public ComplaintView decide(
            @PathParam("electionId") UUID electionId,
            @PathParam("complaintId") UUID complaintId,
            @Valid @NotNull ComplaintRequests.Decision decision) {
        return service.decide(electionId, complaintId, decision);
    }

    // Personal data of complainants: the committees and the council only.
    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(operationId = "listResultComplaints", summary = "Every complaint about results, with the complainants")
    public List<ComplaintView> list(@PathParam("electionId") UUID electionId) {
        return service.list(electionId);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.COMMITTEE, Roles.NEC})
    @Operation(
            operationId = "listOverdueResultComplaints",
            summary = "Complaints about results still open after their deadline (R-2)")
    public List<ComplaintView> overdue(@PathParam("electionId") UUID electionId) {
        return service.overdue(electionId);
    }

    @GET
    @Path("/decisions")
    @PermitAll
    @Operation(
            operationId = "listResultComplaintDecisions",
            summary = "The decisions on complaints about results, published without the complainants' personal data")
    public List<PublishedDecision> decisions(@PathParam("electionId") UUID electionId) {
        return service.decisions(electionId);
    }
}
