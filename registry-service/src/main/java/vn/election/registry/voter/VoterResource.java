package vn.election.registry.voter;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.access.Roles;
import vn.election.kit.idempotency.Idempotent;
import vn.election.kit.idempotency.IdempotentRequests;
import vn.election.kit.security.Caller;
import vn.election.registry.common.ImportReport;

@Path("/api/v1/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voters", description = "Voters (cử tri) and voter lists (danh sách cử tri)")
public class VoterResource {

    private static final String CSV_EXAMPLE = "citizen_id,full_name,birth_date,category,exclusion\n"
            + "006085001234,Nguyễn Thị Hương,1990-04-12,PERMANENT,\n"
            + "006085001235,Hoàng Văn Đức,1958-11-02,TEMPORARY_SHORT,SUSPENDED_SENTENCE\n";
    private static final String ACCEPT_VALID = "Import the valid rows even if some are rejected; by default a file "
            + "with a rejected row changes nothing";

    /**
     * An import is one transaction (a refused file changes nothing), begun here rather than in the idempotency
     * store, so that it gets the long timeout a province's list needs, in seconds.
     */
    private static final String IMPORT_TIMEOUT = "registry.voter-import.transaction-timeout";

    private final VoterImports imports;
    private final VoterSearch search;
    private final VoterLookupService lookups;
    private final VoterListChanges changes;
    private final VoterListFinalization finalization;
    private final Caller caller;

    public VoterResource(
            VoterImports imports,
            VoterSearch search,
            VoterLookupService lookups,
            VoterListChanges changes,
            VoterListFinalization finalization,
            Caller caller) {
        this.imports = imports;
        this.search = search;
        this.lookups = lookups;
        this.changes = changes;
        this.finalization = finalization;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/polling-areas/{areaId}/voters")
    @Consumes("text/csv")
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = IMPORT_TIMEOUT)
    @Operation(
            operationId = "importPollingAreaVoters",
            summary = "Import a polling area's voter list (streamed CSV)",
            description = "By a committee whose jurisdiction holds the polling area, or the National Election "
                    + "Council (V-5). Header citizen_id,full_name,birth_date[,category][,exclusion][,polling_area_id]. "
                    + "Each row: 12-digit citizen id, name, age 18 on election day (V-1), no exclusion (V-2), one list "
                    + "per citizen (V-4); rejected rows are a 422 naming each line and rule, and nothing is imported. "
                    + "Until 24 hours before voting (V-9): frozen lists are a 409.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples = @ExampleObject(name = "two voters", value = CSV_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Imported: counts and the rejected rows (with acceptValid)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @Idempotent
    public Response importArea(
            @PathParam("electionId") UUID electionId,
            @PathParam("areaId") UUID areaId,
            @Parameter(description = ACCEPT_VALID) @QueryParam("acceptValid") @DefaultValue("false")
                    boolean acceptValid,
            @Parameter(
                            description = "Makes a retry safe: a replay with the same key gets the first answer, "
                                    + "without reading the file again")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            InputStream csv) {
        return Response.ok(imports.importArea(electionId, areaId, acceptValid, csv))
                .build();
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/voters")
    @Consumes("text/csv")
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = IMPORT_TIMEOUT)
    @Operation(
            operationId = "importProvinceVoters",
            summary = "Import a whole province's voter lists (streamed CSV)",
            description = "By the province's committee, or the National Election Council (V-5). As a polling area's "
                    + "import; each row names its polling_area_id, a polling area of this election in the province.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "one voter",
                                            value =
                                                    "citizen_id,full_name,birth_date,category,exclusion,polling_area_id\n"
                                                            + "006085001234,Nguyễn Thị Hương,1990-04-12,PERMANENT,,9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n")))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @Idempotent
    public Response importProvince(
            @PathParam("electionId") UUID electionId,
            @Parameter(required = true, example = "06") @QueryParam("province") @NotNull String provinceCode,
            @Parameter(description = ACCEPT_VALID) @QueryParam("acceptValid") @DefaultValue("false")
                    boolean acceptValid,
            @Parameter(
                            description = "Makes a retry safe: a replay with the same key gets the first answer, "
                                    + "without reading the file again")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            InputStream csv) {
        return Response.ok(imports.importProvince(electionId, provinceCode, acceptValid, csv))
                .build();
    }

    @GET
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE, Roles.TEAM})
    @Path("/voters")
    @Operation(
            operationId = "searchVoters",
            summary = "Search voters",
            description = "By the start of the name ignoring diacritics and case "
                    + "(`nguyen thi huong` finds `Nguyễn Thị Hương`), by citizen id, by polling area; keyset paging. "
                    + "Personal data: a committee, or the team, whose jurisdiction holds the polling area, or the "
                    + "National Election Council; without pollingAreaId the search covers the caller's jurisdiction.")
    public VoterPage search(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "nguyen thi huong") @QueryParam("name") String name,
            @Parameter(example = "006085001234") @QueryParam("citizenId") String citizenId,
            @QueryParam("pollingAreaId") UUID pollingAreaId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        return search.search(electionId, name, citizenId, pollingAreaId, after, limit);
    }

    @GET
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE, Roles.TEAM})
    @Path("/voters/{citizenId}")
    @Operation(
            operationId = "getVoter",
            summary = "One voter",
            description = "Personal data: a committee or team whose jurisdiction holds the voter's polling area, or "
                    + "the National Election Council. 404 when the citizen is not on a list of this election.")
    public VoterView get(@PathParam("electionId") UUID electionId, @PathParam("citizenId") String citizenId) {
        return lookups.get(electionId, citizenId);
    }

    @DELETE
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/voters/{citizenId}")
    @Operation(
            operationId = "removeVoter",
            summary = "Take a voter off the list (V-9)",
            description = "By a committee whose jurisdiction holds the voter's polling area, or the National Election "
                    + "Council (V-5). Until 24 hours before voting starts: frozen lists are a 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("electionId") UUID electionId, @PathParam("citizenId") String citizenId) {
        changes.remove(electionId, citizenId);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/voters/{citizenId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "transferVoter",
            summary = "Issue a transfer certificate (V-10)",
            description = "By a committee whose jurisdiction holds the polling area that lists the voter, or the "
                    + "National Election Council. The voter votes at the destination only: NA, and the provincial "
                    + "council if it lies in the same province; never at the origin. 409 when already transferred or "
                    + "voting has started.")
    public VoterView transfer(
            @PathParam("electionId") UUID electionId,
            @PathParam("citizenId") String citizenId,
            @Valid @NotNull Transfer request) {
        return changes.transfer(electionId, citizenId, request.toPollingAreaId());
    }

    @POST
    @PermitAll
    @Path("/voter-lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "lookUpVoter",
            summary = "Public: where do I vote?",
            description = "Citizen id and date of birth give the polling "
                    + "area and its station's address, nothing else. A mismatch of either is the same 404.")
    public PollingPlace lookup(@PathParam("electionId") UUID electionId, @Valid @NotNull VoterLookup question) {
        return lookups.lookup(electionId, question);
    }

    @POST
    @RolesAllowed({Roles.NEC, Roles.COMMITTEE})
    @Path("/polling-areas/{areaId}/voter-list/finalization")
    @Operation(
            operationId = "finalizeVoterList",
            summary = "Finalize a polling area's voter list",
            description = "By a committee whose jurisdiction holds the polling area, or the National Election "
                    + "Council (V-5). Counts voters per body (V-6, V-10), checks PA-1/PA-2 on the real count (a breach "
                    + "is a 422) and publishes VoterListFinalized on registry.structure, the counts the tally checks "
                    + "minutes against (D-18). Finalizing again, and later changes (V-9, V-10), publish the counts "
                    + "again with a higher version (D-20).")
    public VoterListView finalizeList(@PathParam("electionId") UUID electionId, @PathParam("areaId") UUID areaId) {
        return finalization.finalizeList(electionId, areaId);
    }
}
