package vn.election.awards.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;

/**
 * Reads need an awards role or the national council's ({@code nec}): the lists of a decision name people and
 * their prize money, and a certificate is the holder's; the issuer publishes the decision itself, not this
 * service (docs/architecture.md).
 */
@RolesAllowed({Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC})
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Counts per campaign, lists per decision (CSV, XLSX), certificates (PDF)")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/campaigns/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getCampaignReport",
            summary = "Counts by form × collective/individual × issuer: awarded, and proposed to a higher issuer",
            description = "As JSON, CSV or an XLSX workbook, as the Accept header asks.")
    public CampaignReport counts(@PathParam("id") UUID id) {
        return reports.counts(id);
    }

    @GET
    @Path("/campaigns/{id}")
    @Produces(Table.CSV)
    // the same operation as counts, told apart by the Accept header
    @Operation(operationId = "getCampaignReport")
    public Response countsCsv(@PathParam("id") UUID id) {
        return file(reports.countsTable(id).csv(), Table.CSV, "tong-hop-" + id + ".csv");
    }

    @GET
    @Path("/campaigns/{id}")
    @Produces(Table.XLSX)
    @Operation(operationId = "getCampaignReport")
    public Response countsXlsx(@PathParam("id") UUID id) {
        return file(reports.countsTable(id).xlsx(), Table.XLSX, "tong-hop-" + id + ".xlsx");
    }

    @GET
    @Path("/decisions/{id}")
    @Produces(Table.CSV)
    @Operation(
            operationId = "getDecisionList",
            summary = "The list of nominees of a decision, as CSV or an XLSX workbook as the Accept header asks")
    public Response decisionCsv(@PathParam("id") UUID id) {
        return file(reports.decisionTable(id).csv(), Table.CSV, "danh-sach-" + id + ".csv");
    }

    @GET
    @Path("/decisions/{id}")
    @Produces(Table.XLSX)
    // the same operation as decisionCsv, told apart by the Accept header
    @Operation(operationId = "getDecisionList")
    public Response decisionXlsx(@PathParam("id") UUID id) {
        return file(reports.decisionTable(id).xlsx(), Table.XLSX, "danh-sach-" + id + ".xlsx");
    }

    @GET
    @Path("/decisions/{id}/certificates/{nomineeId}")
    @Produces("application/pdf")
    @Operation(
            operationId = "getCertificate",
            summary = "The certificate (Bằng khen, Giấy khen) of a conferred award, as PDF")
    public Response certificate(@PathParam("id") UUID id, @PathParam("nomineeId") UUID nomineeId) {
        return file(reports.certificate(id, nomineeId), "application/pdf", "chung-nhan-" + nomineeId + ".pdf");
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
