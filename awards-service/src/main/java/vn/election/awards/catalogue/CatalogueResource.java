package vn.election.awards.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;

/** The forms of award and who confers them are the law (K-2, K-3, K-11): anyone may read them. */
@PermitAll
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Forms of award (hình thức khen thưởng) and who may confer them, per ruleset")
public class CatalogueResource {

    private final Catalogue catalogue;

    public CatalogueResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/{ruleset}")
    @Operation(operationId = "getCatalogue", summary = "The forms of award under a ruleset (K-2, K-3, K-11)")
    public CatalogueView get(@PathParam("ruleset") @Schema(example = "2026") String ruleset) {
        Ruleset known = Arrays.stream(Ruleset.values())
                .filter(r -> r.code().equals(ruleset))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("ruleset", ruleset));
        return new CatalogueView(
                known, catalogue.baseSalaryVnd(), catalogue.collectiveFactor(), catalogue.forms(known));
    }

    /** The catalogue under one ruleset. */
    @Schema(name = "Catalogue", description = "Forms of award under one ruleset")
    public record CatalogueView(
            @Schema(example = "2026") Ruleset ruleset,

            @Schema(example = "2340000", description = "Mức lương cơ sở, VND")
            BigDecimal baseSalaryVnd,

            @Schema(example = "2.0") BigDecimal collectiveFactor,
            List<FormView> forms) {}
}
