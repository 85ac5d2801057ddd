package vn.election.awards.nominee;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.events.registry.OrganizationKind;

/** A nominee as the API shows it. */
@Schema(
        name = "Nominee",
        description = "Someone who may be commended (đối tượng khen thưởng): a collective (tập thể) "
                + "or an individual (cá nhân)")
public record NomineeView(
        UUID id,
        UUID electionId,
        @Schema(example = "COLLECTIVE") RecipientKind kind,
        @Schema(example = "ELECTION_TEAM") OrganizationKind organizationKind,
        @Schema(example = "Tổ bầu cử số 3, xã Yên Đĩnh") String name,
        @Schema(example = "Tổ trưởng") String role,
        @Schema(example = "UBND xã Yên Đĩnh") String workplace,
        UUID organizationId,
        @Schema(example = "REGISTRY") NomineeSource source,

        @Schema(description = "Who entered it; null for the registry's own")
        String enteredBy,

        @Schema(description = "K-5 restrictions in force") Set<Restriction> restrictions,

        @Schema(description = "Who last set the restrictions, and when")
        String restrictionsSetBy,

        OffsetDateTime restrictionsSetAt,
        List<AchievementView> achievements) {

    static NomineeView of(Nominee n, List<Achievement> achievements) {
        return new NomineeView(
                n.id,
                n.electionId,
                n.kind,
                n.organizationKind,
                n.name,
                n.role,
                n.workplace,
                n.organizationId,
                n.source,
                n.enteredBy,
                Set.copyOf(n.restrictions),
                n.restrictionsSetBy,
                n.restrictionsSetAt,
                achievements.stream().map(AchievementView::of).toList());
    }

    /** An achievement (thành tích). */
    @Schema(name = "Achievement")
    public record AchievementView(
            UUID id,

            @Schema(example = "Khu vực bỏ phiếu đạt 100% cử tri đi bầu")
            String description,

            String recordedBy,
            OffsetDateTime recordedAt) {
        static AchievementView of(Achievement a) {
            return new AchievementView(a.id, a.description, a.recordedBy, a.recordedAt);
        }
    }
}
