package vn.election.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One backend's OpenAPI document as fetched, or the fact that it could not be fetched.
 *
 * @param service  the service name ({@code tally})
 * @param prefix   the gateway prefix that replaces {@code /api/v1} in its paths ({@code /api/v1/tally})
 * @param document the document, or {@code null} when the service is unavailable
 */
public record ServiceDocument(String service, String prefix, JsonNode document) {

    public boolean available() {
        return document != null;
    }
}
