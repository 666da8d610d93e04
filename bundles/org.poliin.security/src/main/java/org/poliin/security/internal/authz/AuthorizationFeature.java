package org.poliin.security.internal.authz;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.poliin.api.rest.PlatformRest;
import org.poliin.security.internal.auth.SecurityExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds an {@link AuthorizationFilter} to every resource method of the platform application, with the
 * method's {@link AccessRule} worked out once, when the application is built, not on every request.
 * {@code @PermitAll} methods get no filter. Each method without an annotation, and each unknown role name,
 * is logged once at WARN so that its developer notices.
 *
 * <p>It depends on nothing, so it is there as long as the bundle runs; the authentication filter, which
 * references it, is there only while it is. Any set of this bundle's extensions that can satisfy the
 * application's requirement {@code (poliin.extension=security)} therefore includes the role checks.
 */
@Component(service = DynamicFeature.class, property = SecurityExtension.PROPERTY)
@JaxrsExtension
@JaxrsName(AuthorizationFeature.NAME)
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
public final class AuthorizationFeature implements DynamicFeature {

    /** Its {@code osgi.jaxrs.name}, by which the authentication filter references it. */
    public static final String NAME = "poliin.security.authorization";

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFeature.class);

    /** What was already warned about; the whiteboard rebuilds the application whenever a resource comes or goes. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo.getResourceClass();
        if (method == null || resourceClass == null) {
            return;
        }
        AccessRule rule = AccessRule.of(method, resourceClass);
        String name = resourceClass.getName() + "#" + method.getName();
        if (rule.kind() == AccessRule.Kind.UNDECLARED && warned.add(name)) {
            LOG.warn("Resource method {} has neither @RolesAllowed, @PermitAll nor @DenyAll: it is denied to everyone",
                    name);
        }
        if (!rule.unknownRoles().isEmpty() && warned.add(name + rule.unknownRoles())) {
            LOG.warn("Resource method {} allows roles {} that are not platform roles; no user can have them",
                    name, rule.unknownRoles());
        }
        if (rule.kind() != AccessRule.Kind.PERMIT_ALL) {
            context.register(new AuthorizationFilter(rule), Priorities.AUTHORIZATION);
        }
    }
}
