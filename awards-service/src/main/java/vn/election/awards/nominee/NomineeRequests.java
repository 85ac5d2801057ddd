package vn.election.awards.nominee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;

/** Request bodies of the nominee resource. */
public final class NomineeRequests {

    private NomineeRequests() {}

    /** A nominee the registry does not know, entered by an awards officer. */
    @Schema(name = "NewNominee")
    public record NewNominee(
            @NotNull UUID electionId,
            @Schema(example = "INDIVIDUAL") @NotNull RecipientKind kind,

            @Schema(example = "Nguyễn Thị Hường") @NotBlank @Size(max = 300)
            String name,

            @Schema(example = "Chuyên viên") @Size(max = 200)
            String role,

            @Schema(example = "Sở Nội vụ tỉnh Thái Nguyên") @Size(max = 300)
            String workplace,

            @Schema(description = "For an individual, the collective they served in")
            UUID organizationId) {}

    /** An achievement (thành tích) to record. */
    @Schema(name = "NewAchievement")
    public record NewAchievement(
            @Schema(example = "Hoàn thành xuất sắc nhiệm vụ tổ chức bầu cử tại khu vực bỏ phiếu số 3")
            @NotBlank
            @Size(max = 4000)
            String description) {}

    /** The K-5 restrictions in force now; an empty list lifts them all. */
    @Schema(name = "Restrictions")
    public record Restrictions(@NotNull @Size(max = 4) Set<@NotNull Restriction> restrictions) {}

    /** A page of nominees; {@code next} is the cursor of the following page, null at the end. */
    @Schema(name = "NomineePage")
    public record Page(List<NomineeView> items, UUID next) {}
}
