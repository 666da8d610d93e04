package org.poliin.core.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** A 201 answer with the new record and its location. */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uri, long id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(entity).build();
    }
}
