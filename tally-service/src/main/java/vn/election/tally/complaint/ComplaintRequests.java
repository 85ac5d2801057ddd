package vn.election.tally.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.tally.ComplaintOutcome;
import vn.election.events.tally.ComplaintRemedy;

/** The bodies of the complaint routes. */
public final class ComplaintRequests {

    private ComplaintRequests() {}

    /** A complaint about a unit's results; the complainant's name and contact are never published. */
    @Schema(name = "ResultComplaintFiling")
    public record Filing(
            @NotNull UUID unitId,

            @NotBlank
            @Size(max = 4000)
            @Schema(example = "Số phiếu của ứng cử viên số 2 ở khu vực bỏ phiếu số 3 bị ghi sai")
            String text,

            @NotBlank @Size(max = 200) @Schema(example = "Trần Văn Bình")
            String complainantName,

            @NotBlank @Size(max = 200) @Schema(example = "0912 345 678")
            String complainantContact) {}

    /** The competent body's decision. */
    @Schema(name = "ResultComplaintDecision")
    public record Decision(
            @NotNull ComplaintOutcome outcome,

            @Schema(description = "The remedy an upheld complaint orders; none when dismissed", nullable = true)
            ComplaintRemedy remedy,

            @NotBlank @Size(max = 2000) @Schema(example = "Đã kiểm tra biên bản: sai sót không ảnh hưởng kết quả")
            String reason) {}
}
