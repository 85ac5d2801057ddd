package vn.election.gateway;

/**
 * The fake services' OpenAPI documents. Both define {@code Problem} identically (kept once when merged)
 * and {@code Election} differently (the tally one must become {@code TallyElection}, also inside
 * {@code ElectionList}). The tally document also has a path outside {@code /api/v1}, which the gateway
 * does not route and must leave out.
 */
public final class FakeDocuments {

    private FakeDocuments() {}

    public static final String REGISTRY = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Registry service", "version": "1"},
              "tags": [{"name": "Elections", "description": "from the registry"}],
              "paths": {
                "/api/v1/elections/{id}": {
                  "get": {
                    "tags": ["Elections"],
                    "responses": {
                      "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Election"}}}},
                      "404": {"description": "Not found", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Election": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
                  "Problem": {"type": "object", "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}
                }
              }
            }
            """;

    public static final String TALLY = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Tally service", "version": "1"},
              "tags": [{"name": "Elections", "description": "from the tally"}, {"name": "Results"}],
              "paths": {
                "/api/v1/elections/{id}/results": {
                  "get": {
                    "tags": ["Results"],
                    "responses": {
                      "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ElectionList"}}}},
                      "404": {"description": "Not found", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                    }
                  }
                },
                "/internal/ping": {"get": {"responses": {"200": {"description": "OK"}}}}
              },
              "components": {
                "schemas": {
                  "Election": {"type": "object", "properties": {"id": {"type": "integer"}, "votes": {"type": "integer"}}},
                  "ElectionList": {"type": "array", "items": {"$ref": "#/components/schemas/Election"}},
                  "Problem": {"type": "object", "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}
                }
              }
            }
            """;
}
