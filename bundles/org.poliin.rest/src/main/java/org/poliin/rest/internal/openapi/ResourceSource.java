package org.poliin.rest.internal.openapi;

import java.util.Optional;
import java.util.Set;

/** Where the OpenAPI document finds the resources of the platform application. */
interface ResourceSource {

    /** The service ids of the resources active in the application now; cheap enough to ask per request. */
    Set<Long> activeResourceIds();

    /** The class of the resource registered with {@code serviceId}, if it is still registered. */
    Optional<Class<?>> resourceClass(long serviceId);
}
