package vn.election.registry.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.problem.Problem;

/** An election organization as the API shows it, with the warnings of its definition (ORG-2). */
@Schema(name = "Organization", description = "An election organization (tổ chức phụ trách bầu cử)")
public record OrganizationView(
        UUID id,
        UUID electionId,
        @Schema(example = "ELECTION_BOARD") OrganizationKind kind,

        @Schema(example = "Ban bầu cử đại biểu HĐND tỉnh, đơn vị bầu cử số 1")
        String name,

        @Schema(example = "06") String administrativeUnitCode,
        UUID electoralUnitId,
        UUID pollingAreaId,
        List<MemberView> members,

        @Schema(description = "ORG-2: a size outside the legal range is accepted with a warning")
        List<Problem.FieldError> warnings) {

    @Schema(name = "Member")
    public record MemberView(
            UUID memberId,
            String fullName,
            String role,

            @Schema(
                    description = "Personal data: only for the National Election Council and the committees over "
                            + "the organization; absent from the public view")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            LocalDate birthDate,

            String workplace) {}

    /** The view; the members' dates of birth only {@code withBirthDates}. */
    static OrganizationView of(Organization o, List<Problem.FieldError> warnings, boolean withBirthDates) {
        return new OrganizationView(
                o.id,
                o.electionId,
                o.kind,
                o.name,
                o.administrativeUnitCode,
                o.electoralUnitId,
                o.pollingAreaId,
                o.members.stream()
                        .map(m -> new MemberView(
                                m.memberId, m.fullName, m.role, withBirthDates ? m.birthDate : null, m.workplace))
                        .toList(),
                warnings);
    }
}
