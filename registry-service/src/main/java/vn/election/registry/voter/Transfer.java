package vn.election.registry.voter;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A transfer certificate (giấy chứng nhận đi bỏ phiếu ở nơi khác, V-10). */
@Schema(name = "Transfer", description = "A transfer certificate: vote at another polling area (V-10)")
public record Transfer(
        @Schema(example = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") @NotNull
        UUID toPollingAreaId) {}
