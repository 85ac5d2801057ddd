package vn.election.registry.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a C-5 finding: a person stands for more levels than the law allows. */
@Schema(name = "LevelViolation", description = "C-5: a person found standing for more levels than allowed")
public record LevelViolation(
        @Schema(example = "006085001234", description = "12-digit citizen id of the person")
        @NotNull
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(
                example = "Cũng ứng cử đại biểu HĐND tỉnh và HĐND xã tại tỉnh khác",
                description = "What was found, as the National Election Council writes it")
        @NotBlank
        @Size(max = 900)
        String finding) {}
