package vn.election.tally.published;

import com.fasterxml.jackson.databind.util.RawValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.tally.results.UnitResultView;

/**
 * Published results (kết quả bầu cử công bố) of the nation, a body or an administrative unit: the
 * progress per body and, for a body or an administrative unit, a page of its units' results.
 *
 * @param cursor     the newest change number of the election when read: pass it as {@code since} to the
 *                   changes to get only what changed after
 * @param nextCursor pass as {@code after} for the next page; null on the last page
 */
@Schema(
        name = "PublishedResults",
        description = "Published results (kết quả bầu cử công bố), provisional until " + "certified")
public record PublishedResults(
        UUID electionId,

        @Schema(description = "Results of a drill (diễn tập), not of a real election (D-28)")
        boolean drill,

        @Schema(description = "The administrative unit (đơn vị hành chính) read, if any", example = "35")
        String administrativeUnitCode,

        @Schema(example = "Tỉnh Hà Nam") String administrativeUnitName,
        AdministrativeLevel level,
        @Schema(description = "The body read, if any") Body body,
        @Schema(example = "48213") long cursor,
        OffsetDateTime lastUpdate,
        List<BodyProgress> bodies,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = UnitResultView.class,
                description = "The units' results, by body, administrative unit and number")
        List<RawValue> units,

        @Schema(example = "0/35/00002/7b0c2a58-3f0e-4d1a-9d54-7d8e2b1a6c01")
        String nextCursor) {}
