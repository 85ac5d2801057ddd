package vn.election.registry.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** V-8: the administrative court's judgment on a voter list's complaint. */
@Schema(name = "CourtDecision", description = "The court's judgment on a complaint taken to it")
public record CourtDecision(
        @Schema(example = "Bác đơn khởi kiện") @NotBlank @Size(max = 4000)
        String decision,

        @Schema(example = "2026-03-11") @NotNull LocalDate decidedOn) {}
