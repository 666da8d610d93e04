package org.poliin.rest.internal.validation;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

/**
 * Refuses with 400 a request that has no body for a method whose body is required. Needed beside the
 * reader interceptor: without a body and a Content-Type, CXF finds no reader at all and would answer
 * 415, so the interceptor never runs. Registered after authentication and authorization (priority
 * {@code USER}): an anonymous caller learns it must log in, not what the body should be.
 */
final class RequiredBodyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            throw MissingBody.exception();
        }
    }
}
