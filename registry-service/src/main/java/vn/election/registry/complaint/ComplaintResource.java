package vn.election.registry.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

@Path("/api/v1/elections/{electionId}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaints (khiếu nại) about voter lists and candidates before election day")
public class ComplaintResource {

    private final ComplaintService complaints;
    private final ComplaintAnswers answers;

    public ComplaintResource(ComplaintService complaints, ComplaintAnswers answers) {
        this.complaints = complaints;
        this.answers = answers;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "fileComplaint",
            summary = "Record a complaint about a voter list or a candidate",
            description = "Recorded by an official for the complainant (D-34): about a polling area's list by a "
                    + "committee whose jurisdiction holds the area, about a candidate by the committee of the "
                    + "unit's level, or by the National Election Council. A list's complaint is filed within 30 days "
                    + "of the list's posting (its first finalization) and answered within 5 (V-8); a candidate's "
                    + "until 10 days before election day, answered within 5 and by then (R-3, D-35). Late: a 422 "
                    + "naming the rule; a list not posted yet, a candidate withdrawn: 409. Publishes "
                    + "ComplaintStepTaken on registry.complaints.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with its deadline",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @Idempotent
    public Response file(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewComplaint request,
            UriInfo uri) {
        ComplaintView filed = complaints.file(electionId, request);
        return Responses.created(uri, filed.id(), filed);
    }

    @GET
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Operation(
            operationId = "listComplaints",
            summary = "The complaints inside the caller's jurisdiction",
            description = "Personal data: for the committees and the National Election Council, each seeing the "
                    + "complaints about lists and candidates inside its jurisdiction, by deadline, or those about the "
                    + "list of one polling area inside it. overdue=true: only those still unanswered after their "
                    + "deadline (D-36).")
    public List<ComplaintView> list(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "Only the complaints about this polling area's list") @QueryParam("pollingAreaId")
                    UUID pollingAreaId,
            @QueryParam("subject") ComplaintSubject subject,
            @QueryParam("state") ComplaintState state,
            @Parameter(description = "Only the complaints still FILED after their deadline")
                    @QueryParam("overdue")
                    @DefaultValue("false")
                    boolean overdue) {
        return complaints.list(electionId, pollingAreaId, subject, state, overdue);
    }

    @GET
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/{complaintId}")
    @Operation(
            operationId = "getComplaint",
            summary = "One complaint with its steps",
            description = "For the officials who settle it (D-34): personal data.")
    public ComplaintView get(@PathParam("electionId") UUID electionId, @PathParam("complaintId") UUID complaintId) {
        return complaints.get(electionId, complaintId);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/{complaintId}/answer")
    @Operation(
            operationId = "answerComplaint",
            summary = "Answer a complaint: upheld or rejected",
            description = "By the officials who settle it. A list's complaint upheld changes the list in the same "
                    + "transaction (ADD, REMOVE or CORRECT a voter, V-8, as the other changes of V-9: the counts are "
                    + "published again); answered after its deadline it is marked late (D-36). A candidate's "
                    + "complaint upheld strikes the candidate (CandidateWithdrawn, reason R-3) and shows the unit's "
                    + "list checked again against C-7; after 10 days before election day it is refused (R-3). 409 "
                    + "unless the complaint is FILED.")
    @APIResponse(
            responseCode = "200",
            description = "Answered, with what the answer changed",
            content = @Content(schema = @Schema(implementation = AnsweredComplaint.class)))
    public AnsweredComplaint answer(
            @PathParam("electionId") UUID electionId,
            @PathParam("complaintId") UUID complaintId,
            @Valid @NotNull ComplaintAnswer request) {
        return answers.answer(electionId, complaintId, request);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/{complaintId}/appeal")
    @Operation(
            operationId = "appealComplaint",
            summary = "Record that an answered list complaint went to the administrative court (V-8)",
            description = "By the officials who settle it: the court and the day. 409 unless it is a voter list's "
                    + "complaint that was answered (D-36).")
    public ComplaintView appeal(
            @PathParam("electionId") UUID electionId,
            @PathParam("complaintId") UUID complaintId,
            @Valid @NotNull CourtAppeal request) {
        return answers.appeal(electionId, complaintId, request);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/{complaintId}/court-decision")
    @Operation(
            operationId = "recordComplaintCourtDecision",
            summary = "Record the court's judgment on an appealed list complaint (V-8)",
            description =
                    "By the officials who settle it: the judgment and its day. 409 unless it was appealed " + "(D-36).")
    public ComplaintView recordCourtDecision(
            @PathParam("electionId") UUID electionId,
            @PathParam("complaintId") UUID complaintId,
            @Valid @NotNull CourtDecision request) {
        return answers.recordCourtDecision(electionId, complaintId, request);
    }
}
