package vn.election.registry.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;
import vn.election.kit.http.Responses;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;
import vn.election.registry.common.ImportReport;

@Path("/api/v1/administrative-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administrative units", description = "Provinces, districts (until 2025) and communes (đơn vị hành chính)")
public class AdministrativeUnitResource {

    private final AdministrativeUnitService units;

    public AdministrativeUnitResource(AdministrativeUnitService units) {
        this.units = units;
    }

    @POST
    @RolesAllowed(Roles.NEC)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "defineAdministrativeUnits",
            summary = "Define an administrative unit (JSON), or import many (CSV)",
            description = "By the National Election Council's nation-wide tokens only. JSON defines one unit (201): "
                    + "a code that exists already is a 409; a missing field, or a parent that is unknown or of the "
                    + "wrong level, a 422. CSV imports many (200): header code,name,level,parent_code; a parent comes "
                    + "before its children or exists already; rows equal to existing units are left as they are; any "
                    + "rejected row refuses the whole file (422, each rejected row named by its line). Publishes "
                    + "AdministrativeUnitDefined on registry.structure per new unit.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = AdministrativeUnitView.class)))
    @Idempotent
    public Response define(
            @Parameter(description = "Makes a retry safe: a replay with the same key gets the first answer")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewAdministrativeUnit request,
            UriInfo uri) {
        AdministrativeUnitView created = units.define(request);
        return Responses.created(uri, created.code(), created);
    }

    @POST
    @RolesAllowed(Roles.NEC)
    @Consumes("text/csv")
    // the same operation as define: one path and method, told apart by the body's media type
    @Operation(operationId = "defineAdministrativeUnits")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "Bắc Kạn",
                                            value =
                                                    "code,name,level,parent_code\n06,Tỉnh Bắc Kạn,PROVINCE,\n058,Thành phố Bắc Kạn,DISTRICT,06\n"
                                                            + "01840,Xã Dương Quang,COMMUNE,058\n")))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importCsv(InputStream csv) {
        return units.importCsv(csv);
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(operationId = "getAdministrativeUnit", summary = "One administrative unit")
    public AdministrativeUnitView get(@PathParam("code") String code) {
        return units.get(code);
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listAdministrativeUnits",
            summary = "The units directly under a parent (the provinces without one), by code",
            description = "Keyset paging: pass the last code of a page as `after` to get the next page.")
    public List<AdministrativeUnitView> list(
            @Parameter(example = "06") @QueryParam("parent") String parentCode,
            @Parameter(description = "The last code of the previous page", example = "058") @QueryParam("after")
                    String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return units.page(parentCode, after, limit);
    }
}
