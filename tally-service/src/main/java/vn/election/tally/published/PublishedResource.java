package vn.election.tally.published;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Body;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.AdministrativeUnit;
import vn.election.tally.election.AdministrativeUnitRepository;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.published.PublishedQueries.Version;
import vn.election.tally.results.ResultsService;
import vn.election.tally.results.UnitResultView;

/**
 * Published results for the public (mobile apps, media, partner systems). Every read carries an ETag
 * (the change number) and Last-Modified, answers 304 to If-None-Match / If-Modified-Since, and may be
 * cached for a few seconds by anyone; the changes cursor and the stream say what changed.
 */
// Published results are for anyone, partner systems included (docs/architecture.md), the stream too.
@PermitAll
@Path("/api/v1/elections/{electionId}/published")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Published results",
        description = "Results for the public (kết quả bầu cử công bố): provisional until "
                + "certified, with progress, caching, a changes cursor and a live stream")
public class PublishedResource {

    /** A unit after a bầu thêm (W-5): round 1 keeps its votes; its winner is listed as elected in round 1. */
    private static final String UNIT_EXAMPLE = """
            {"unitId": "7b0c2a58-3f0e-4d1a-9d54-7d8e2b1a6c01", "body": "COMMUNE_COUNCIL", "number": 1,
             "name": "Đơn vị bầu cử số 1", "administrativeUnitCode": "00004", "seats": 2, "round": 2,
             "roundKind": "ADDITIONAL", "roundSeats": 1,
             "opening": {"date": "2021-06-06", "openedAt": "2021-05-28T09:00:00+07:00",
                         "openedByOrganization": "2e4d6f80-1a3c-4b5d-8e7f-9a0b1c2d3e40", "proposal": null},
             "status": "ADDITIONAL_ELECTION_DONE",
             "reason": "W-5: bầu thêm, 1 of 1 seat filled", "provisional": true, "certifiedAt": null,
             "progress": {"pollingAreasReported": 2, "pollingAreasTotal": 2, "lastUpdate": "2021-06-06T17:40:02+07:00"},
             "totals": {"totalVoters": 1800, "votersParticipated": 1400, "turnoutPercent": 77.78, "ballotsIssued": 1400,
                        "ballotsReceived": 1400, "valid": 1400, "invalid": 0, "validPercent": 100.00, "invalidPercent": 0.00},
             "candidates": [
               {"candidateId": "0c3e5b8a-8d2f-4f7e-a1f1-3a2b9c8d7e61", "fullName": "Nguyễn Thị Lan", "votes": null,
                "percentOfValid": null, "elected": true, "electedInRound": 1},
               {"candidateId": "5d1f2a7c-3b4e-4c6d-9e8f-1a2b3c4d5e62", "fullName": "Trần Văn Minh", "votes": 900,
                "percentOfValid": 64.29, "elected": true, "electedInRound": 2},
               {"candidateId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c63", "fullName": "Lê Thị Hoa", "votes": 500,
                "percentOfValid": 35.71, "elected": false, "electedInRound": null}],
             "rounds": [
               {"round": 1, "kind": "FIRST", "seats": 2, "status": "NEEDS_ADDITIONAL_ELECTION",
                "reason": "W-5: 1 of 2 seats filled, below two thirds: bầu thêm for 1 seat with the candidates not elected",
                "elected": ["0c3e5b8a-8d2f-4f7e-a1f1-3a2b9c8d7e61"],
                "undecided": [], "tieDecision": null,
                "totals": {"totalVoters": 1800, "votersParticipated": 1600, "turnoutPercent": 88.89, "ballotsIssued": 1600,
                           "ballotsReceived": 1600, "valid": 1600, "invalid": 0, "validPercent": 100.00,
                           "invalidPercent": 0.00},
                "candidates": [
                  {"candidateId": "0c3e5b8a-8d2f-4f7e-a1f1-3a2b9c8d7e61", "fullName": "Nguyễn Thị Lan", "votes": 1100,
                   "percentOfValid": 68.75, "elected": true, "electedInRound": 1},
                  {"candidateId": "5d1f2a7c-3b4e-4c6d-9e8f-1a2b3c4d5e62", "fullName": "Trần Văn Minh", "votes": 300,
                   "percentOfValid": 18.75, "elected": false, "electedInRound": null},
                  {"candidateId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c63", "fullName": "Lê Thị Hoa", "votes": 200,
                   "percentOfValid": 12.50, "elected": false, "electedInRound": null}]},
               {"round": 2, "kind": "ADDITIONAL", "seats": 1, "status": "ADDITIONAL_ELECTION_DONE",
                "reason": "W-5: bầu thêm, 1 of 1 seat filled", "elected": ["5d1f2a7c-3b4e-4c6d-9e8f-1a2b3c4d5e62"],
                "undecided": [], "tieDecision": null,
                "totals": {"totalVoters": 1800, "votersParticipated": 1400, "turnoutPercent": 77.78, "ballotsIssued": 1400,
                           "ballotsReceived": 1400, "valid": 1400, "invalid": 0, "validPercent": 100.00,
                           "invalidPercent": 0.00},
                "candidates": [
                  {"candidateId": "5d1f2a7c-3b4e-4c6d-9e8f-1a2b3c4d5e62", "fullName": "Trần Văn Minh", "votes": 900,
                   "percentOfValid": 64.29, "elected": true, "electedInRound": 2},
                  {"candidateId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c63", "fullName": "Lê Thị Hoa", "votes": 500,
                   "percentOfValid": 35.71, "elected": false, "electedInRound": null}]}]}""";

    private final PublishedQueries queries;
    private final PublishedStream stream;
    private final PublishedConfig config;
    private final KnownElectionRepository elections;
    private final AdministrativeUnitRepository administrativeUnits;
    private final ResultsService results;

    public PublishedResource(
            PublishedQueries queries,
            PublishedStream stream,
            PublishedConfig config,
            KnownElectionRepository elections,
            AdministrativeUnitRepository administrativeUnits,
            ResultsService results) {
        this.queries = queries;
        this.stream = stream;
        this.config = config;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.results = results;
    }

    @GET
    @Operation(
            operationId = "getPublishedNation",
            summary = "National progress per body",
            description = "Units, seats filled, \"X of Y polling areas\" reported and the sums so far, per body.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    public Response nation(@PathParam("electionId") UUID electionId, @Context Request request) {
        Version version = latest(electionId);
        return conditional(
                request,
                version,
                () -> new PublishedResults(
                        electionId,
                        elections.isDrill(electionId),
                        null,
                        null,
                        null,
                        null,
                        version.changeSeq(),
                        version.changedAt(),
                        queries.progress(electionId, null, null),
                        null,
                        null));
    }

    @GET
    @Path("/bodies/{body}")
    @Operation(
            operationId = "getPublishedBody",
            summary = "One body's progress and its units' results, a page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    public Response body(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "NATIONAL_ASSEMBLY") @PathParam("body") Body body,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version, () -> {
            PublishedQueries.Page page = queries.units(electionId, body, null, after, pageSize(limit));
            return new PublishedResults(
                    electionId,
                    elections.isDrill(electionId),
                    null,
                    null,
                    null,
                    body,
                    version.changeSeq(),
                    version.changedAt(),
                    queries.progress(electionId, body, null),
                    page.documents(),
                    page.nextCursor());
        });
    }

    @GET
    @Path("/administrative-units/{code}")
    @Operation(
            operationId = "getPublishedAdministrativeUnit",
            summary = "A province's or commune's progress per body and its units' results, a page at a time",
            description = "The units of the administrative unit and of every unit below it (a province lists its "
                    + "NA and provincial council units and those of its communes).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    public Response administrativeUnit(
            @PathParam("electionId") UUID electionId,
            @Parameter(example = "35") @PathParam("code") String code,
            @Parameter(description = "Only this body") @QueryParam("body") Body body,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version, () -> {
            AdministrativeUnit unit = administrativeUnits
                    .findByIdOptional(code)
                    .orElseThrow(() -> ProblemException.notFound("administrative unit", code));
            PublishedQueries.Page page = queries.units(electionId, body, code, after, pageSize(limit));
            return new PublishedResults(
                    electionId,
                    elections.isDrill(electionId),
                    code,
                    unit.name(),
                    unit.level(),
                    body,
                    version.changeSeq(),
                    version.changedAt(),
                    queries.progress(electionId, body, code),
                    page.documents(),
                    page.nextCursor());
        });
    }

    @GET
    @Path("/units/{unitId}")
    @Operation(operationId = "getPublishedUnit", summary = "One electoral unit's result (provisional until certified)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = UnitResultView.class),
                            examples = @ExampleObject(name = "after a bầu thêm (W-5)", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    public Response unit(
            @PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId, @Context Request request) {
        return queries.unit(electionId, unitId)
                .map(stored -> conditional(request, stored.version(), stored::document))
                // nothing counted yet: the unit as it stands, version 0
                .orElseGet(() -> conditional(request, Version.NONE, () -> results.unit(electionId, unitId)));
    }

    @GET
    @Path("/changes")
    @Operation(
            operationId = "getPublishedChanges",
            summary = "The units whose result changed after a cursor",
            description = "Each unit once, with its newest result, oldest change first. Start with since=0 or the "
                    + "cursor of any published read; continue with the cursor returned while more is true.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = PublishedChanges.class),
                            examples =
                                    @ExampleObject(
                                            name = "one change",
                                            value = "{\"since\": 48000, \"cursor\": 48213, "
                                                    + "\"more\": false, \"units\": [" + UNIT_EXAMPLE + "]}")))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag the client holds")
    public Response changes(
            @PathParam("electionId") UUID electionId,
            @Parameter(description = "A change number (cursor)", example = "48000") @QueryParam("since") @PositiveOrZero
                    Long since,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(
                request, version, () -> queries.changes(electionId, since == null ? 0 : since, pageSize(limit)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(
            operationId = "streamPublishedChanges",
            summary = "Server-Sent Events of the election's result changes",
            description = "Events `unit-result` (id: the change number, data: the unit's result as in /units/{id}); "
                    + "one `ready` event with the cursor once the stream is live; keep-alive comments. After a "
                    + "reconnect, read /changes?since=<last id> to fill the gap.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            examples =
                                    @ExampleObject(
                                            name = "a change",
                                            value =
                                                    "id: 48214\nevent: unit-result\ndata: {\"unitId\": "
                                                            + "\"7b0c2a58-3f0e-4d1a-9d54-7d8e2b1a6c01\", \"status\": \"VALID\", ...}\n\n")))
    public Multi<OutboundSseEvent> stream(@PathParam("electionId") UUID electionId, @Context Sse sse) {
        latest(electionId);
        return stream.of(electionId, () -> queries.latest(electionId).changeSeq(), sse);
    }

    /** The election's newest change; 404 when the election is unknown. */
    private Version latest(UUID electionId) {
        Version version = queries.latest(electionId);
        if (version == Version.NONE && elections.findByIdOptional(electionId).isEmpty()) {
            throw ProblemException.notFound("election", electionId);
        }
        return version;
    }

    private int pageSize(Integer limit) {
        return limit == null ? config.pageSize() : Math.min(limit, config.maxPageSize());
    }

    /** 304 when the client holds this version; else the entity. Either way cacheable by anyone briefly. */
    private Response conditional(Request request, Version version, Supplier<Object> entity) {
        EntityTag tag = new EntityTag(Long.toString(version.changeSeq()));
        Date modified = version.changedAt() == null
                ? null
                : Date.from(version.changedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified =
                modified == null ? request.evaluatePreconditions(tag) : request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(entity.get());
        return response.tag(tag)
                .lastModified(modified)
                .header(
                        HttpHeaders.CACHE_CONTROL,
                        "public, max-age=" + config.maxAge().toSeconds())
                .build();
    }
}
