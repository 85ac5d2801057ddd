package vn.election.tally.published;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.tally.results.UnitResultView;

/**
 * The units whose published result changed after a change number, oldest change first, each once with
 * its newest result.
 *
 * @param cursor the change number of the last unit returned (or {@code since} when none): the next
 *               {@code since}
 * @param more   a full page was returned; ask again with the cursor
 */
@Schema(name = "PublishedChanges", description = "Units whose result changed after a cursor")
public record PublishedChanges(
        @Schema(example = "48000") long since,
        @Schema(example = "48213") long cursor,
        boolean more,

        @Schema(type = SchemaType.ARRAY, implementation = UnitResultView.class)
        List<RawValue> units) {}
