package vn.election.registry.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.OrganizationKind;

/** The body of {@code POST /api/v1/elections/{id}/organizations}. */
@Schema(name = "NewOrganization", description = "A new election organization (tổ chức phụ trách bầu cử)")
public record NewOrganization(
        @Schema(example = "ELECTION_BOARD") @NotNull OrganizationKind kind,

        @Schema(example = "Ban bầu cử đại biểu HĐND tỉnh, đơn vị bầu cử số 1") @NotBlank @Size(max = 300)
        String name,

        @Schema(example = "06", description = "For a committee: its administrative unit")
        String administrativeUnitCode,

        @Schema(description = "For a board: its electoral unit")
        UUID electoralUnitId,

        @Schema(description = "For a team: its polling area")
        UUID pollingAreaId,

        @Schema(description = "ORG-2: a team of an armed-forces unit alone (5-9 members, not 11-21); teams only")
        Boolean armedForcesOnly,

        @NotEmpty @Size(max = 100) List<@Valid @NotNull NewMember> members) {

    /** A member (thành viên). */
    @Schema(name = "NewMember")
    public record NewMember(
            @Schema(
                    example = "006070001234",
                    description = "12-digit citizen id: the person, as ORG-3 matches members and candidates")
            @NotNull
            @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            String citizenId,

            @Schema(example = "Hoàng Văn Minh") @NotBlank @Size(max = 200)
            String fullName,

            @Schema(example = "Trưởng ban") @NotBlank @Size(max = 100)
            String role,

            @Schema(example = "1970-02-14") @NotNull LocalDate birthDate,

            @Schema(example = "Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn") @NotBlank @Size(max = 300)
            String workplace) {}
}
