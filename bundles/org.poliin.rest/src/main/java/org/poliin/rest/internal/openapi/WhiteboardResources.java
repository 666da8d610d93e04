package org.poliin.rest.internal.openapi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.ws.rs.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.poliin.api.rest.PlatformRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resources of the platform application, as the JAX-RS whiteboard serves them. When the
 * whiteboard's runtime service is there, its runtime DTO says which resources are really active (a
 * resource whose dependencies are missing is registered but not served); without it, every registered
 * resource that selects the application counts.
 */
final class WhiteboardResources implements ResourceSource {

    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardResources.class);
    private static final String RESOURCES = "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)";
    /** The application's own properties, against which a resource's application select is matched. */
    private static final Map<String, Object> APPLICATION = Map.of(
            JaxrsWhiteboardConstants.JAX_RS_NAME, PlatformRest.APPLICATION_NAME,
            JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, PlatformRest.BASE_PATH);

    private final BundleContext context;
    private final Supplier<JaxrsServiceRuntime> runtime;

    WhiteboardResources(BundleContext context, Supplier<JaxrsServiceRuntime> runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    @Override
    public Set<Long> activeResourceIds() {
        Set<Long> ids = new TreeSet<>();
        try {
            JaxrsServiceRuntime whiteboard = runtime.get();
            if (whiteboard != null) {
                RuntimeDTO dto = whiteboard.getRuntimeDTO();
                for (ApplicationDTO application : dto.applicationDTOs) {
                    if (PlatformRest.APPLICATION_NAME.equals(application.name)) {
                        for (ResourceDTO resource : application.resourceDTOs) {
                            ids.add(resource.serviceId);
                        }
                    }
                }
                return ids;
            }
            ServiceReference<?>[] references = context.getServiceReferences((String) null, RESOURCES);
            if (references != null) {
                for (ServiceReference<?> reference : references) {
                    if (selectsApplication(reference)) {
                        ids.add((Long) reference.getProperty(Constants.SERVICE_ID));
                    }
                }
            }
        } catch (InvalidSyntaxException | RuntimeException e) {
            LOG.warn("Could not list the resources of the platform application", e);
        }
        return ids;
    }

    private static boolean selectsApplication(ServiceReference<?> reference) {
        Object select = reference.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT);
        if (!(select instanceof String filter)) {
            return false;
        }
        try {
            return FrameworkUtil.createFilter(filter).matches(APPLICATION);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    @Override
    public Optional<Class<?>> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] references = context.getServiceReferences((String) null,
                    "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            if (references == null || references.length == 0 || references[0].getBundle() == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(classOf(references[0]));
        } catch (InvalidSyntaxException | RuntimeException e) {
            LOG.warn("Could not find the class of resource {}", serviceId, e);
            return Optional.empty();
        }
    }

    /**
     * The resource's class: its registered type when that carries {@code @Path} (the usual
     * {@code @Component(service = XResource.class)}), found without creating an instance; otherwise the
     * class of the service object itself.
     */
    private Class<?> classOf(ServiceReference<?> reference) {
        Object objectClass = reference.getProperty(Constants.OBJECTCLASS);
        if (objectClass instanceof String[] names) {
            for (String name : names) {
                try {
                    Class<?> type = reference.getBundle().loadClass(name);
                    if (type.isAnnotationPresent(Path.class)) {
                        return type;
                    }
                } catch (ClassNotFoundException | RuntimeException e) {
                    LOG.debug("Resource type {} not loadable", name, e);
                }
            }
        }
        return instanceClass(reference);
    }

    private <S> Class<?> instanceClass(ServiceReference<S> reference) {
        ServiceObjects<S> objects = context.getServiceObjects(reference);
        if (objects == null) {
            return null;
        }
        S service = objects.getService();
        if (service == null) {
            return null;
        }
        try {
            return service.getClass();
        } finally {
            objects.ungetService(service);
        }
    }
}
