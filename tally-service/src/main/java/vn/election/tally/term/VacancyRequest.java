package vn.election.tally.term;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deputy left during the term (W-7, D-13): who, on which day, why. */
@Schema(name = "VacancyRequest", description = "A deputy who left during the term (W-7)")
public record VacancyRequest(
        @NotNull @Schema(description = "The candidate elected in a certified unit")
        UUID candidateId,

        @NotNull @Schema(example = "2028-06-01") LocalDate leftOn,

        @NotBlank @Size(max = 1000) @Schema(example = "Thôi làm nhiệm vụ đại biểu")
        String reason) {}
