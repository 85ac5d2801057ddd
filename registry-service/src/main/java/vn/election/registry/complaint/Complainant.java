package vn.election.registry.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who complains (người khiếu nại): personal data, for officials only (D-34). */
@Schema(name = "Complainant", description = "The citizen who complains (người khiếu nại); never public")
public record Complainant(
        @Schema(example = "006085001234") @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(example = "Nguyễn Thị Hương") @NotBlank @Size(max = 200)
        String fullName,

        @Schema(example = "0912 345 678, thôn 3") @Size(max = 300)
        String contact) {}
