package vn.election.registry.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;

@Path("/api/v1/elections/{electionId}/organizations/{organizationId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organizations",
        description = "Election organizations (tổ chức phụ trách bầu cử): council, committees, " + "boards, teams")
public class MembershipResource {

    private final MembershipService membership;

    public MembershipResource(MembershipService membership) {
        this.membership = membership;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/members")
    @Operation(
            operationId = "addOrganizationMember",
            summary = "Add a member to an election organization",
            description = "By its founding body (ORG-1). A person who stands as a candidate where the organization "
                    + "serves may not join it (ORG-3, 422); one who sits on it already, 409. A size outside ORG-2 "
                    + "is a warning. Publishes OrganizationMemberChanged and OrganizationDefined on "
                    + "registry.structure.")
    @APIResponse(
            responseCode = "201",
            description = "Added; the organization as it now stands",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @Idempotent
    public Response add(
            @PathParam("electionId") UUID electionId,
            @PathParam("organizationId") UUID organizationId,
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewOrganization.NewMember request,
            UriInfo uri) {
        OrganizationView changed = membership.add(electionId, organizationId, request);
        UUID memberId = changed.members().stream()
                .filter(m -> request.citizenId().equals(m.citizenId()))
                .findFirst()
                .orElseThrow()
                .memberId();
        return Responses.created(uri, memberId, changed);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/members/{memberId}/withdrawal")
    @Operation(
            operationId = "withdrawOrganizationMember",
            summary = "A member leaves an election organization",
            description = "By its founding body, at the member's request or removing them (ORG-3: a candidate who "
                    + "did not leave the board or team of their unit). 404 if no such member. Publishes "
                    + "OrganizationMemberChanged and OrganizationDefined on registry.structure.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn; the organization as it now stands",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public OrganizationView withdraw(
            @PathParam("electionId") UUID electionId,
            @PathParam("organizationId") UUID organizationId,
            @PathParam("memberId") UUID memberId,
            @Valid @NotNull MemberWithdrawal request) {
        return membership.withdraw(electionId, organizationId, memberId, request.reason());
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/members/{memberId}/replacement")
    @Operation(
            operationId = "replaceOrganizationMember",
            summary = "Replace a member of an election organization by another",
            description = "By its founding body (ORG-3: the body removes and replaces a candidate who did not "
                    + "leave the board or team of their unit). The same checks as an addition. Publishes two "
                    + "OrganizationMemberChanged (withdrawn, added) and OrganizationDefined on registry.structure.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; the organization as it now stands",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public OrganizationView replace(
            @PathParam("electionId") UUID electionId,
            @PathParam("organizationId") UUID organizationId,
            @PathParam("memberId") UUID memberId,
            @Valid @NotNull MemberReplacement request) {
        return membership.replace(electionId, organizationId, memberId, request);
    }

    @GET
    @PermitAll
    @Path("/member-changes")
    @Operation(
            operationId = "getOrganizationMemberChanges",
            summary = "The membership history of an election organization",
            description = "Founding members, additions and withdrawals, oldest first, with when and why; who "
                    + "recorded each only for the National Election Council and the committees over it.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MemberChangeView.class)))
    public List<MemberChangeView> history(
            @PathParam("electionId") UUID electionId, @PathParam("organizationId") UUID organizationId) {
        return membership.history(electionId, organizationId);
    }
}
