package vn.election.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.kit.problem.Problem;

/** {@code GET /openapi}: the whole suite's API in one OpenAPI document, as the gateway serves it. */
@Path("/openapi")
@Tag(name = "Gateway", description = "The suite's entry point")
public class OpenApiResource {

    static final String YAML = "application/yaml";

    private final MergedOpenApi merged;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();

    public OpenApiResource(MergedOpenApi merged, ObjectMapper json) {
        this.merged = merged;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, YAML, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "getMergedOpenApi",
            summary = "The merged OpenAPI document of every service",
            description = "Each service's paths appear under /api/v1/<service>. Services that could not be reached "
                    + "are listed under x-unavailable-services. The document is cached for a short time.")
    public Uni<Response> document(
            @Parameter(
                            description = "json (the default) or yaml",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"json", "yaml"}))
                    @QueryParam("format")
                    String format,
            @Context UriInfo uri) {
        boolean asYaml = "yaml".equalsIgnoreCase(format);
        if (format != null && !asYaml && !"json".equalsIgnoreCase(format)) {
            Problem problem = GatewayProblems.badRequest(
                    "format must be json or yaml", "/" + uri.getPath().replaceFirst("^/", ""));
            return Uni.createFrom()
                    .item(Response.status(400)
                            .type(Problem.MEDIA_TYPE)
                            .entity(GatewayProblems.toBuffer(problem).toString())
                            .build());
        }
        return merged.document()
                .map(document -> asYaml
                        ? Response.ok(write(yaml, document), YAML).build()
                        : Response.ok(write(json, document), MediaType.APPLICATION_JSON)
                                .build());
    }

    private static String write(ObjectMapper mapper, ObjectNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the merged OpenAPI document cannot be written", e);
        }
    }
}
