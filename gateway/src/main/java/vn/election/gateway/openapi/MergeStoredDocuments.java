package vn.election.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.election.gateway.routing.Backend;

/**
 * The document that {@code GET /openapi} serves, made at build time from the documents each service's build
 * stored ({@code quarkus.smallrye-openapi.store-schema-directory}), with the same {@link OpenApiMerger}: the
 * build lints it and generates a client from it (system-tests).
 *
 * <p>{@code MergeStoredDocuments <output> <title> <version> <service>=<document> ...}, the services in the
 * gateway's merging order (registry, tally, awards); a document that does not exist fails, it is not left out.
 */
public final class MergeStoredDocuments {

    private MergeStoredDocuments() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException(
                    "usage: MergeStoredDocuments <output> <title> <version> <service>=<document> ...");
        }
        ObjectMapper json = new ObjectMapper();
        List<ServiceDocument> documents = new ArrayList<>();
        for (String service : Arrays.asList(args).subList(3, args.length)) {
            String[] nameAndFile = service.split("=", 2);
            Path file = Path.of(nameAndFile[1]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no OpenAPI document of the " + nameAndFile[0] + " service at " + file
                        + ": build that service first (its build stores the document)");
            }
            documents.add(new ServiceDocument(
                    nameAndFile[0], Backend.API_ROOT + "/" + nameAndFile[0], json.readTree(file.toFile())));
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter()
                .writeValue(output.toFile(), new OpenApiMerger(args[1], args[2]).merge(documents));
    }
}
