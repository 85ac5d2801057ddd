package vn.election.registry.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** V-8: a voter list's complaint, answered, taken to the administrative court. */
@Schema(name = "CourtAppeal", description = "A complaint taken to the administrative court after its answer")
public record CourtAppeal(
        @Schema(example = "Tòa án nhân dân khu vực 1 - Hà Nội") @NotBlank @Size(max = 300)
        String court,

        @Schema(example = "2026-03-08") @NotNull LocalDate appealedOn) {}
