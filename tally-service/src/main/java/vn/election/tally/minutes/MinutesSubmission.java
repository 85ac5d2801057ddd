package vn.election.tally.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/**
 * Count minutes (biên bản kết quả kiểm phiếu) of one polling area and body as the election team wrote
 * them (M-3). Votes are not checked here for sign or size: CK-5 reports those with the other checks.
 */
@Schema(
        name = "CountMinutesSubmission",
        description =
                "Count minutes (biên bản kết quả kiểm phiếu) of one polling area (khu vực bỏ phiếu) and body, M-3")
public record MinutesSubmission(
        @NotNull UUID pollingAreaId,
        @NotNull @Schema(example = "PROVINCIAL_COUNCIL") Body body,

        @NotNull
        @Min(1)
        @Max(2)
        @Schema(
                description = "1 for the election, 2 for a bầu thêm or bầu lại once the competent body has opened it; "
                        + "required: minutes go only to the unit's open round (D-7)",
                example = "1")
        Integer round,

        @NotNull @PositiveOrZero @Schema(description = "Voters on the list for this body", example = "1000")
        Integer totalVoters,

        @NotNull @PositiveOrZero @Schema(example = "990") Integer votersParticipated,
        @NotNull @PositiveOrZero @Schema(example = "990") Integer ballotsIssued,
        @NotNull @PositiveOrZero @Schema(example = "990") Integer ballotsReceived,
        @NotNull @PositiveOrZero @Schema(example = "960") Integer valid,
        @NotNull @PositiveOrZero @Schema(example = "30") Integer invalid,

        @Schema(
                description = "Invalid ballots by reason code (B-1); when given, they add up to invalid",
                example = "{\"NO_STAMP\": 10, \"OVER_SEATS\": 20}")
        Map<InvalidReason, @NotNull @PositiveOrZero Integer> invalidByReason,

        @NotNull
        @Size(min = 1, max = 5)
        @Schema(description = "n_k: valid ballots electing k persons, k = 1..seats (CK-6)", example = "[300, 460, 200]")
        List<@NotNull @PositiveOrZero Integer> ballotsByCount,

        @NotNull
        @Schema(description = "Votes per candidate id", example = "{\"3f0e8d2a-1c4b-4d5e-8f9a-0b1c2d3e4f51\": 700}")
        Map<UUID, @NotNull Integer> votes,

        @Valid @Schema(description = "The ballot inventory (CK-8), when the team reports it")
        Inventory inventory,

        @Valid
        @Schema(
                description = "The complaints section (M-3); absent when the minutes record none (D-12), which is "
                        + "not the same as zero complaints")
        Complaints complaints,

        @Size(max = 1000)
        @Schema(
                description = "Required for a correction: why the minutes change",
                example = "Sai số phiếu hợp lệ khi cộng")
        String correctionReason) {

    /**
     * The ballot inventory of the polling area (CK-8).
     *
     * @param receivedFromCommune ballots the team received
     * @param unused              not issued
     * @param spoiled             spoiled and exchanged (ED-5)
     */
    @Schema(name = "BallotInventory")
    public record Inventory(
            @NotNull @PositiveOrZero Integer receivedFromCommune,
            @NotNull @PositiveOrZero Integer unused,
            @NotNull @PositiveOrZero Integer spoiled) {}

    /**
     * The complaints section of the minutes (M-3): complaints received at the polling area, those the team
     * settled (and how), those it passed to the board. Settled + passed ≤ received (D-12).
     *
     * @param resolution how the team settled them, as the minutes write it
     */
    @Schema(name = "MinutesComplaints")
    public record Complaints(
            @NotNull @PositiveOrZero @Schema(example = "3") Integer received,

            @NotNull @PositiveOrZero @Schema(description = "Settled by the team", example = "2")
            Integer resolved,

            @NotNull @PositiveOrZero @Schema(description = "Passed to the board", example = "1")
            Integer forwarded,

            @Size(max = 2000)
            @Schema(
                    description = "How the team settled them",
                    example = "Giải thích cho cử tri về cách gạch tên; cử tri đồng ý")
            String resolution) {}
}
