package vn.election.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.election.gateway.routing.Backend;

/**
 * Merges the services' OpenAPI documents into one that describes the API as seen through the gateway.
 *
 * <ul>
 * <li>Paths under {@code /api/v1} get the service's gateway prefix ({@code /api/v1/elections/{id}} of
 * the tally service becomes {@code /api/v1/tally/elections/{id}}); other paths are not reachable through
 * the gateway and are left out.</li>
 * <li>Components ({@code schemas}, {@code responses}, {@code parameters}, ...) of the same name and the
 * same content are kept once. When the content differs, the later service's one is renamed with the
 * service name in front ({@code TallyElection}) and every {@code $ref} of that service is rewritten.
 * Security schemes are referred to by name, not by {@code $ref}: the first one of a name wins.</li>
 * <li>Tags are merged by name, the first description wins. A service's top-level {@code security}
 * moves down to its operations, since the merged document has none. A clashing {@code operationId}
 * gets the service name in front.</li>
 * <li>Services whose document is missing are listed under {@code x-unavailable-services}.</li>
 * <li>The one server is the gateway itself, as a relative URL ({@code /}): the document is valid wherever the
 * gateway is reached, and the services' own server addresses are not.</li>
 * </ul>
 * The input documents are not changed.
 */
public final class OpenApiMerger {

    private static final List<String> OPERATIONS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String REF_PREFIX = "#/components/";
    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final String DEFAULT_OPENAPI_VERSION = "3.1.0";

    private final String title;
    private final String version;

    public OpenApiMerger(String title, String version) {
        this.title = title;
        this.version = version;
    }

    public ObjectNode merge(List<ServiceDocument> documents) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode tags = json.arrayNode();
        ObjectNode paths = json.objectNode();
        ObjectNode components = json.objectNode();
        Set<String> operationIds = new HashSet<>();
        List<String> included = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (ServiceDocument service : documents) {
            if (!service.available()) {
                unavailable.add(service.service());
                continue;
            }
            included.add(service.service());
            Map<String, Map<String, String>> renames = planRenames(components, service);
            JsonNode document = rewriteRefs(service.document().deepCopy(), renames);
            addComponents(components, document.path("components"), renames);
            addPaths(paths, document, service, operationIds);
            addTags(tags, document.path("tags"));
        }

        ObjectNode root = json.objectNode();
        root.put("openapi", openApiVersion(documents));
        ObjectNode info = root.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", description(included, unavailable));
        root.putArray("servers").addObject().put("url", "/").put("description", "The gateway serving this document");
        root.set("tags", tags);
        root.set("paths", paths);
        root.set("components", components);
        ArrayNode missing = root.putArray("x-unavailable-services");
        unavailable.forEach(missing::add);
        return root;
    }

    /**
     * Which of a service's components must be renamed, by section: those whose name is taken by a
     * different component. Renaming one can make another differ (it refers to the renamed one), hence
     * the loop until nothing changes.
     */
    private static Map<String, Map<String, String>> planRenames(ObjectNode merged, ServiceDocument service) {
        JsonNode incoming = service.document().path("components");
        Map<String, Map<String, String>> renames = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<String> sections = incoming.fieldNames(); sections.hasNext(); ) {
                String section = sections.next();
                JsonNode existing = merged.get(section);
                if (!renamable(section) || existing == null) {
                    continue;
                }
                Map<String, String> sectionRenames = renames.computeIfAbsent(section, s -> new HashMap<>());
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                incoming.get(section).fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> component = it.next();
                    String name = component.getKey();
                    JsonNode current = existing.get(name);
                    if (current == null || sectionRenames.containsKey(name)) {
                        continue;
                    }
                    if (!rewriteRefs(component.getValue().deepCopy(), renames).equals(current)) {
                        sectionRenames.put(
                                name,
                                freeName(service.service(), name, existing, incoming.get(section), sectionRenames));
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static boolean renamable(String section) {
        return !section.equals(SECURITY_SCHEMES) && !section.startsWith("x-");
    }

    private static String freeName(
            String service, String name, JsonNode existing, JsonNode incoming, Map<String, String> chosen) {
        String base = Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
        String candidate = base;
        for (int i = 2; existing.has(candidate) || incoming.has(candidate) || chosen.containsValue(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    /** Rewrites, in place, every {@code #/components/<section>/<name>...} string whose name is renamed. */
    static JsonNode rewriteRefs(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    String renamed = renamedRef(field.getValue().asText(), renames);
                    if (renamed != null) {
                        field.setValue(TextNode.valueOf(renamed));
                    }
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                String renamed = element.isTextual() ? renamedRef(element.asText(), renames) : null;
                if (renamed != null) {
                    array.set(i, TextNode.valueOf(renamed));
                } else {
                    rewriteRefs(element, renames);
                }
            }
        }
        return node;
    }

    private static String renamedRef(String text, Map<String, Map<String, String>> renames) {
        if (!text.startsWith(REF_PREFIX)) {
            return null;
        }
        String rest = text.substring(REF_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String section = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        String tail = "";
        int end = name.indexOf('/');
        if (end >= 0) {
            tail = name.substring(end);
            name = name.substring(0, end);
        }
        String renamed = renames.getOrDefault(section, Map.of()).get(name);
        return renamed == null ? null : REF_PREFIX + section + "/" + renamed + tail;
    }

    private static void addComponents(ObjectNode merged, JsonNode incoming, Map<String, Map<String, String>> renames) {
        for (Iterator<Map.Entry<String, JsonNode>> sections = incoming.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (section.getKey().startsWith("x-") || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = merged.has(section.getKey())
                    ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            Map<String, String> sectionRenames = renames.getOrDefault(section.getKey(), Map.of());
            for (Iterator<Map.Entry<String, JsonNode>> it = section.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> component = it.next();
                String name = sectionRenames.getOrDefault(component.getKey(), component.getKey());
                if (!target.has(name)) {
                    target.set(name, component.getValue());
                }
            }
        }
    }

    private static void addPaths(
            ObjectNode merged, JsonNode document, ServiceDocument service, Set<String> operationIds) {
        JsonNode security = document.get("security");
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String original = path.getKey();
            if (!(original.equals(Backend.API_ROOT) || original.startsWith(Backend.API_ROOT + "/"))
                    || !(path.getValue() instanceof ObjectNode item)) {
                continue;
            }
            for (String method : OPERATIONS) {
                if (item.get(method) instanceof ObjectNode operation) {
                    if (security != null && !operation.has("security")) {
                        operation.set("security", security.deepCopy());
                    }
                    keepOperationIdUnique(operation, service.service(), operationIds);
                }
            }
            merged.set(service.prefix() + original.substring(Backend.API_ROOT.length()), item);
        }
    }

    private static void keepOperationIdUnique(ObjectNode operation, String service, Set<String> operationIds) {
        JsonNode id = operation.get("operationId");
        if (id == null || !id.isTextual() || operationIds.add(id.asText())) {
            return;
        }
        String base = service
                + Character.toUpperCase(id.asText().charAt(0))
                + id.asText().substring(1);
        String candidate = base;
        for (int i = 2; !operationIds.add(candidate); i++) {
            candidate = base + i;
        }
        operation.put("operationId", candidate);
    }

    private static void addTags(ArrayNode merged, JsonNode incoming) {
        for (JsonNode tag : incoming) {
            String name = tag.path("name").asText(null);
            boolean known = false;
            for (JsonNode existing : merged) {
                known |= existing.path("name").asText("").equals(name);
            }
            if (name != null && !known) {
                merged.add(tag);
            }
        }
    }

    private static String openApiVersion(List<ServiceDocument> documents) {
        String highest = null;
        for (ServiceDocument service : documents) {
            String v = service.available() ? service.document().path("openapi").asText(null) : null;
            if (v != null && (highest == null || v.compareTo(highest) > 0)) {
                highest = v;
            }
        }
        return highest == null ? DEFAULT_OPENAPI_VERSION : highest;
    }

    private static String description(List<String> included, List<String> unavailable) {
        String text =
                "The election suite's services through one gateway; each service's paths are under " + Backend.API_ROOT
                        + "/<service>. Included: " + (included.isEmpty() ? "none" : String.join(", ", included)) + ".";
        if (!unavailable.isEmpty()) {
            text += " Not reachable when this document was made, so not included: " + String.join(", ", unavailable)
                    + ".";
        }
        return text;
    }
}
