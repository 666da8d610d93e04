package org.poliin.security.internal.authz;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.poliin.api.security.PlatformUser;
import org.poliin.api.security.Roles;

/**
 * Who may call one resource method, from {@code @PermitAll}, {@code @DenyAll} and {@code @RolesAllowed}:
 * the method's own annotation first, then the resource class's. A method with none is denied to everyone,
 * so that a forgotten annotation fails closed. No role implies another: {@code admin} passes only where
 * it is listed.
 *
 * @param kind which annotation decided
 * @param roles the allowed roles, for {@link Kind#ROLES_ALLOWED}
 * @param declaredOn where the deciding annotation is (for logs)
 */
public record AccessRule(Kind kind, Set<String> roles, String declaredOn) {

    public enum Kind { PERMIT_ALL, DENY_ALL, ROLES_ALLOWED, UNDECLARED }

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN }

    private static final List<Class<? extends Annotation>> SECURITY_ANNOTATIONS =
            List.of(DenyAll.class, RolesAllowed.class, PermitAll.class);

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    /** The rule of {@code method} when invoked on {@code resourceClass}. */
    public static AccessRule of(Method method, Class<?> resourceClass) {
        for (AnnotatedElement element : candidates(method, resourceClass)) {
            Optional<AccessRule> rule = declaredOn(element);
            if (rule.isPresent()) {
                return rule.get();
            }
        }
        return new AccessRule(Kind.UNDECLARED, Set.of(), resourceClass.getName() + "#" + method.getName());
    }

    /**
     * Where to look, most specific first: the method, the same method as the resource class declares it
     * (when the runtime hands an interface or superclass method), the resource class, the declaring class.
     */
    private static List<AnnotatedElement> candidates(Method method, Class<?> resourceClass) {
        Set<AnnotatedElement> elements = new LinkedHashSet<>();
        elements.add(method);
        try {
            elements.add(resourceClass.getMethod(method.getName(), method.getParameterTypes()));
        } catch (NoSuchMethodException | SecurityException notPublicThere) {
            // the method itself is all there is
        }
        elements.add(resourceClass);
        elements.add(method.getDeclaringClass());
        return List.copyOf(elements);
    }

    /** The rule an element declares; when several annotations sit on one element, the strictest wins. */
    private static Optional<AccessRule> declaredOn(AnnotatedElement element) {
        String where = element instanceof Method m ? m.getDeclaringClass().getName() + "#" + m.getName()
                : ((Class<?>) element).getName();
        for (Class<? extends Annotation> type : SECURITY_ANNOTATIONS) {
            Annotation annotation = element.getAnnotation(type);
            if (annotation instanceof DenyAll) {
                return Optional.of(new AccessRule(Kind.DENY_ALL, Set.of(), where));
            }
            if (annotation instanceof RolesAllowed allowed) {
                return Optional.of(new AccessRule(Kind.ROLES_ALLOWED, Set.of(allowed.value()), where));
            }
            if (annotation instanceof PermitAll) {
                return Optional.of(new AccessRule(Kind.PERMIT_ALL, Set.of(), where));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code user} (empty when the request is anonymous) may call the method. */
    public Decision decide(Optional<PlatformUser> user) {
        if (kind == Kind.PERMIT_ALL) {
            return Decision.ALLOW;
        }
        if (user.isEmpty()) {
            return Decision.UNAUTHENTICATED;
        }
        if (kind == Kind.ROLES_ALLOWED && roles.stream().anyMatch(user.get()::hasRole)) {
            return Decision.ALLOW;
        }
        return Decision.FORBIDDEN;
    }

    /** Allowed role names that are not platform roles: no user can ever have them (a typo, usually). */
    public Set<String> unknownRoles() {
        Set<String> unknown = new LinkedHashSet<>(roles);
        unknown.removeAll(Roles.ALL);
        return unknown;
    }
}
