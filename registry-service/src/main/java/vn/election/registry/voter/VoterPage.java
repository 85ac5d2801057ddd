package vn.election.registry.voter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One keyset page of voters. */
@Schema(name = "VoterPage", description = "One page of voters, ordered by folded name and citizen id")
public record VoterPage(
        List<VoterView> items,

        @Schema(
                description = "Pass as `after` for the next page; null on the last page",
                example = "bmd1eWVuIHRoaSBodW9uZwowMDYwODUwMDEyMzQ")
        String next) {}
