package vn.election.registry.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of an organization's membership history as the API shows it (no personal data but the name). */
@Schema(name = "MemberChange", description = "A change of an organization's members: founding, addition, withdrawal")
public record MemberChangeView(
        @Schema(example = "WITHDRAWN") MemberChange.Change change,
        UUID memberId,
        @Schema(example = "Hoàng Văn Minh") String fullName,
        @Schema(example = "Ủy viên") String role,

        @Schema(description = "An addition that replaces a member: the one who left")
        UUID replacesMemberId,

        @Schema(example = "Ứng cử tại đơn vị bầu cử này (ORG-3)")
        String reason,

        @Schema(description = "Who recorded it (the subject of the token); for officials only")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String changedBy,

        OffsetDateTime changedAt) {

    /** The line without who recorded it: for readers without access to the members' personal data. */
    MemberChangeView withoutRecorder() {
        return new MemberChangeView(change, memberId, fullName, role, replacesMemberId, reason, null, changedAt);
    }

    static MemberChangeView of(MemberChange c) {
        return new MemberChangeView(
                c.change, c.memberId, c.fullName, c.role, c.replacesMemberId, c.reason, c.changedBy, c.changedAt);
    }
}
