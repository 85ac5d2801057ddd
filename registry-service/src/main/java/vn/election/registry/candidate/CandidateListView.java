package vn.election.registry.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's candidates and the state of its official list. */
@Schema(
        name = "CandidateList",
        description = "The candidates of an electoral unit and its official list "
                + "(danh sách chính thức những người ứng cử)")
public record CandidateListView(
        UUID electoralUnitId,
        @Schema(example = "4") int seats,

        @Schema(example = "7", description = "The minimum number of candidates (C-7)")
        int minimumCandidates,

        @Schema(example = "7", description = "Candidates who have not withdrawn")
        int activeCandidates,

        @Schema(description = "When the official list was last published; null if never")
        OffsetDateTime publishedAt,

        @Schema(description = "A withdrawal took the published list below the minimum of C-7")
        boolean belowMinimum,

        @Schema(
                description = "All candidates, standing ones in ballot order, then the withdrawn; for the public "
                        + "only once the official list is published")
        List<CandidateView> candidates) {}
