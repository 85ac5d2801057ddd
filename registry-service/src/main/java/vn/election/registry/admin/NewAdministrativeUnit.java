package vn.election.registry.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.AdministrativeLevel;

/** The body of {@code POST /api/v1/administrative-units}, and one row of its CSV import. */
@Schema(name = "NewAdministrativeUnit", description = "A new administrative unit (đơn vị hành chính)")
public record NewAdministrativeUnit(
        @Schema(
                example = "01840",
                description = "Official code (mã đơn vị hành chính): 2 digits for a province, "
                        + "3 for a district, 5 for a commune")
        @NotBlank
        @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be 2, 3 or 5 digits")
        String code,

        @Schema(example = "Xã Cao Kỳ") @NotBlank @Size(max = 200)
        String name,

        @Schema(example = "COMMUNE", description = "PROVINCE, DISTRICT (only until 2025) or COMMUNE") @NotNull
        AdministrativeLevel level,

        @Schema(
                example = "06",
                description = "The unit it lies in: a province for a district; a district "
                        + "(2021) or a province (2026) for a commune; none for a province")
        @Pattern(regexp = "\\d{2}|\\d{3}", message = "must be 2 or 3 digits")
        String parentCode) {}
