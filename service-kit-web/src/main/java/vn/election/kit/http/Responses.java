package vn.election.kit.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers that the services' resources build the same way. */
public final class Responses {

    private Responses() {}

    /** 201 with the created resource, located below the request path at {@code id}. */
    public static Response created(UriInfo uri, Object id, Object created) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(created)
                .build();
    }
}
