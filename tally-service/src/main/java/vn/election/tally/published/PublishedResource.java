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
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.AdministrativeUnit;
import vn.election.tally.election.AdministrativeUnits;
import vn.election.tally.election.KnownElections;
import vn.election.tally.published.PublishedReader.Version;
import vn.election.tally.results.ResultsService;
import vn.election.tally.results.UnitResultView;

/**
 * Published results for the public (mobile apps, media, partner systems). Every read carries an ETag
 * (the change number) and Last-Modified, answers 304 to If-None-Match / If-Modified-Since, and may be
 * cached for a few seconds by anyone; the changes cursor and the stream say what changed.
 */
// Published results are for anyone, partner systems included (DESIGN.md section 6), the stream too.
@PermitAll
@Path("/api/v1/elections/{electionId}/published")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published results", description = "Results for the public (kết quả bầu cử công bố): provisional until "
        + "certified, with progress, caching, a changes cursor and a live stream")
public class PublishedResource {

    private static final String UNIT_EXAMPLE = """
            {"unitId": "7b0c2a58-3f0e-4d1a-9d54-7d8e2b1a6c01", "body": "NATIONAL_ASSEMBLY", "number": 1,
             "name": "Đơn vị bầu cử số 1", "administrativeUnitCode": "35", "seats": 3, "round": 1,
             "roundKind": "FIRST", "roundSeats": 3, "status": "VALID", "reason": "W-2, W-3: 3 of 3 seats filled",
             "provisional": true, "certifiedAt": null,
             "progress": {"pollingAreasReported": 259, "pollingAreasTotal": 259,
                          "lastUpdate": "2021-05-24T09:12:44+07:00"},
             "totals": {"totalVoters": 216727, "votersParticipated": 215488, "turnoutPercent": 99.43,
                        "ballotsIssued": 215488, "ballotsReceived": 215488, "valid": 213006, "invalid": 2482,
                        "validPercent": 98.85, "invalidPercent": 1.15},
             "candidates": [{"candidateId": "0c3e5b8a-8d2f-4f7e-a1f1-3a2b9c8d7e61", "fullName": "Nguyễn Thị Lan",
                             "votes": 160231, "percentOfValid": 75.22, "elected": true}],
             "rounds": [{"round": 1, "kind": "FIRST", "seats": 3, "status": "VALID",
                         "reason": "W-2, W-3: 3 of 3 seats filled", "elected": ["0c3e5b8a-8d2f-4f7e-a1f1-3a2b9c8d7e61"],
                         "undecided": []}]}""";

    private final PublishedReader reader;
    private final PublishedStream stream;
    private final PublishedConfig config;
    private final KnownElections elections;
    private final AdministrativeUnits administrativeUnits;
    private final ResultsService results;

    public PublishedResource(PublishedReader reader, PublishedStream stream, PublishedConfig config,
            KnownElections elections, AdministrativeUnits administrativeUnits, ResultsService results) {
        this.reader = reader;
        this.stream = stream;
        this.config = config;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.results = results;
    }

    @GET
    @Operation(summary = "National progress per body",
            description = "Units, seats filled, \"X of Y polling areas\" reported and the sums so far, per body.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    @APIResponse(responseCode = "404", description = "Unknown election",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response nation(@PathParam("electionId") UUID electionId, @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version, () -> new PublishedResults(electionId, null, null, null, null,
                version.changeSeq(), version.changedAt(), reader.progress(electionId, null, null), null, null));
    }

    @GET
    @Path("/bodies/{body}")
    @Operation(summary = "One body's progress and its units' results, a page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    public Response body(@PathParam("electionId") UUID electionId,
            @Parameter(example = "NATIONAL_ASSEMBLY") @PathParam("body") Body body,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version, () -> {
            PublishedReader.Page page = reader.units(electionId, body, null, after, pageSize(limit));
            return new PublishedResults(electionId, null, null, null, body, version.changeSeq(), version.changedAt(),
                    reader.progress(electionId, body, null), page.documents(), page.nextCursor());
        });
    }

    @GET
    @Path("/administrative-units/{code}")
    @Operation(summary = "A province's or commune's progress per body and its units' results, a page at a time",
            description = "The units of the administrative unit and of every unit below it (a province lists its "
                    + "NA and provincial council units and those of its communes).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedResults.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    @APIResponse(responseCode = "404", description = "Unknown election or administrative unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response administrativeUnit(@PathParam("electionId") UUID electionId,
            @Parameter(example = "35") @PathParam("code") String code,
            @Parameter(description = "Only this body") @QueryParam("body") Body body,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version, () -> {
            AdministrativeUnit unit = administrativeUnits.findByIdOptional(code)
                    .orElseThrow(() -> ProblemException.notFound("administrative unit", code));
            PublishedReader.Page page = reader.units(electionId, body, code, after, pageSize(limit));
            return new PublishedResults(electionId, code, unit.name(), unit.level(), body, version.changeSeq(),
                    version.changedAt(), reader.progress(electionId, body, code), page.documents(), page.nextCursor());
        });
    }

    @GET
    @Path("/units/{unitId}")
    @Operation(summary = "One electoral unit's result (provisional until certified)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitResultView.class),
            examples = @ExampleObject(name = "determined", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client holds")
    @APIResponse(responseCode = "404", description = "Unknown electoral unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unit(@PathParam("electionId") UUID electionId, @PathParam("unitId") UUID unitId,
            @Context Request request) {
        return reader.unit(electionId, unitId)
                .map(stored -> conditional(request, stored.version(), stored::document))
                // nothing counted yet: the unit as it stands, version 0
                .orElseGet(() -> conditional(request, Version.NONE, () -> results.unit(electionId, unitId)));
    }

    @GET
    @Path("/changes")
    @Operation(summary = "The units whose result changed after a cursor",
            description = "Each unit once, with its newest result, oldest change first. Start with since=0 or the "
                    + "cursor of any published read; continue with the cursor returned while more is true.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedChanges.class),
            examples = @ExampleObject(name = "one change", value = "{\"since\": 48000, \"cursor\": 48213, "
                    + "\"more\": false, \"units\": [" + UNIT_EXAMPLE + "]}")))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag the client holds")
    public Response changes(@PathParam("electionId") UUID electionId,
            @Parameter(description = "A change number (cursor)", example = "48000") @QueryParam("since")
            @PositiveOrZero Long since,
            @Parameter(description = "Units per page") @QueryParam("limit") @Min(1) Integer limit,
            @Context Request request) {
        Version version = latest(electionId);
        return conditional(request, version,
                () -> reader.changes(electionId, since == null ? 0 : since, pageSize(limit)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Server-Sent Events of the election's result changes",
            description = "Events `unit-result` (id: the change number, data: the unit's result as in /units/{id}); "
                    + "one `ready` event with the cursor once the stream is live; keep-alive comments. After a "
                    + "reconnect, read /changes?since=<last id> to fill the gap.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            examples = @ExampleObject(name = "a change", value = "id: 48214\nevent: unit-result\ndata: {\"unitId\": "
                    + "\"7b0c2a58-3f0e-4d1a-9d54-7d8e2b1a6c01\", \"status\": \"VALID\", ...}\n\n")))
    public Multi<OutboundSseEvent> stream(@PathParam("electionId") UUID electionId, @Context Sse sse) {
        latest(electionId);
        return stream.of(electionId, () -> reader.latest(electionId).changeSeq(), sse);
    }

    /** The election's newest change; 404 when the election is unknown. */
    private Version latest(UUID electionId) {
        Version version = reader.latest(electionId);
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
        Date modified = version.changedAt() == null ? null
                : Date.from(version.changedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = modified == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(entity.get());
        return response.tag(tag).lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.maxAge().toSeconds()).build();
    }
}
