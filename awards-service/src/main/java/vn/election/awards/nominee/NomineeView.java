package vn.election.awards.nominee;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.events.registry.OrganizationKind;

/** A nominee as the API shows it. */
@Schema(name = "Nominee", description = "Someone who may be commended (đối tượng khen thưởng): a collective (tập thể) "
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
        @Schema(description = "K-5 restrictions in force") Set<Restriction> restrictions,
        List<AchievementView> achievements) {

    static NomineeView of(Nominee n, List<Achievement> achievements) {
        return new NomineeView(n.id, n.electionId, n.kind, n.organizationKind, n.name, n.role, n.workplace,
                n.organizationId, n.source, Set.copyOf(n.restrictions),
                achievements.stream().map(AchievementView::of).toList());
    }

    /** An achievement (thành tích). */
    @Schema(name = "Achievement")
    public record AchievementView(UUID id,
            @Schema(example = "Khu vực bỏ phiếu đạt 100% cử tri đi bầu") String description) {
        static AchievementView of(Achievement a) {
            return new AchievementView(a.id, a.description);
        }
    }
}
