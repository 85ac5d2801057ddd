package vn.election.registry.voter;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** A finalized voter list: counts only. */
@Schema(name = "VoterList", description = "A polling area's finalized voter list (danh sách cử tri): counts per body")
public record VoterListView(
        UUID pollingAreaId,

        @Schema(
                example = "1250",
                description = "Voters who vote here (transferred-out excluded, transferred-in " + "included)")
        long voters,

        @Schema(example = "{\"NATIONAL_ASSEMBLY\": 1250, \"PROVINCIAL_COUNCIL\": 1248, \"COMMUNE_COUNCIL\": 1240}")
        Map<Body, Integer> votersByBody,

        OffsetDateTime finalizedAt) {}
