package vn.election.demo.api;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer the demo did not expect, with the problem (RFC 9457) the service gave. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(String request, int status, JsonNode problem) {
        super(request + " -> " + status + " " + (problem == null ? "" : problem.toString()));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
