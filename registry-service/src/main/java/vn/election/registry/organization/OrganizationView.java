package vn.election.registry.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.problem.Problem;
import vn.election.registry.candidate.SeatConflict;

/** An election organization as the API shows it, with the warnings of its definition or last change (ORG-2). */
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

        @Schema(description = "ORG-2: a team of an armed-forces unit alone (5-9 members)")
        boolean armedForcesOnly,

        List<MemberView> members,

        @Schema(description = "ORG-2: a size outside the legal range is accepted with a warning")
        List<Problem.FieldError> warnings) {

    @Schema(name = "Member")
    public record MemberView(
            UUID memberId,

            @Schema(
                    description = "Personal data: only for the National Election Council and the committees over "
                            + "the organization; absent from the public view")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String citizenId,

            String fullName,
            String role,

            @Schema(
                    description = "Personal data: only for the National Election Council and the committees over "
                            + "the organization; absent from the public view")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            LocalDate birthDate,

            String workplace,

            @Schema(
                    description = "ORG-3: the member stands as a candidate in this organization's unit and must leave "
                            + "it by the day given; for officials only")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            List<SeatConflict> conflicts) {}

    /** The public view: names, roles and workplaces only. */
    static OrganizationView of(Organization o, List<Problem.FieldError> warnings) {
        return of(o, warnings, null);
    }

    /**
     * The view; with {@code conflictsByCitizen} (officials) the members' citizen ids, dates of birth and ORG-3
     * conflicts too.
     */
    static OrganizationView of(
            Organization o, List<Problem.FieldError> warnings, Map<String, List<SeatConflict>> conflictsByCitizen) {
        boolean official = conflictsByCitizen != null;
        return new OrganizationView(
                o.id,
                o.electionId,
                o.kind,
                o.name,
                o.administrativeUnitCode,
                o.electoralUnitId,
                o.pollingAreaId,
                o.armedForcesOnly,
                o.members.stream()
                        .map(m -> new MemberView(
                                m.memberId,
                                official ? m.citizenId : null,
                                m.fullName,
                                m.role,
                                official ? m.birthDate : null,
                                m.workplace,
                                official ? conflictsByCitizen.getOrDefault(m.citizenId, List.of()) : null))
                        .toList(),
                warnings);
    }
}
