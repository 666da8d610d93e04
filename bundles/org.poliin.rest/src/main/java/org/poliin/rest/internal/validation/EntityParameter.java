package org.poliin.rest.internal.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Optional;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;

/**
 * The entity (body) parameter of a resource method, and what the platform checks on it.
 *
 * @param type the parameter's type
 * @param validate whether it is marked {@code @Valid}: its constraints are checked
 * @param required whether it is marked {@code @NotNull} or {@code @Valid}: a missing body is a 400
 */
public record EntityParameter(Type type, boolean validate, boolean required) {

    /**
     * The entity parameter of {@code method}: the one parameter without a JAX-RS injection annotation.
     * The annotations are looked for on the method and on the declarations it overrides or implements
     * (JAX-RS lets a resource carry its annotations on an interface).
     */
    public static Optional<EntityParameter> of(Method method) {
        if (method == null) {
            return Optional.empty();
        }
        for (int index = 0; index < method.getParameterCount(); index++) {
            Annotation[] annotations = parameterAnnotations(method, index);
            if (isInjected(annotations)) {
                continue;
            }
            boolean valid = has(annotations, Valid.class);
            boolean notNull = has(annotations, NotNull.class);
            return Optional.of(new EntityParameter(method.getGenericParameterTypes()[index], valid, valid || notNull));
        }
        return Optional.empty();
    }

    private static boolean isInjected(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == QueryParam.class || type == HeaderParam.class
                    || type == CookieParam.class || type == MatrixParam.class || type == FormParam.class
                    || type == BeanParam.class || type == Context.class || type == Suspended.class) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> wanted) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == wanted) {
                return true;
            }
        }
        return false;
    }

    /** The annotations of one parameter, gathered from the method and the declarations above it. */
    private static Annotation[] parameterAnnotations(Method method, int index) {
        Annotation[] own = method.getParameterAnnotations()[index];
        if (own.length > 0) {
            return own;
        }
        return inherited(method.getDeclaringClass(), method, index).orElse(own);
    }

    private static Optional<Annotation[]> inherited(Class<?> type, Method method, int index) {
        if (type == null || type == Object.class) {
            return Optional.empty();
        }
        for (Class<?> parent : type.getInterfaces()) {
            Optional<Annotation[]> found = declared(parent, method, index).or(() -> inherited(parent, method, index));
            if (found.isPresent()) {
                return found;
            }
        }
        Class<?> superclass = type.getSuperclass();
        return declared(superclass, method, index).or(() -> inherited(superclass, method, index));
    }

    private static Optional<Annotation[]> declared(Class<?> type, Method method, int index) {
        if (type == null) {
            return Optional.empty();
        }
        try {
            Annotation[] annotations = type.getDeclaredMethod(method.getName(), method.getParameterTypes())
                    .getParameterAnnotations()[index];
            return annotations.length > 0 ? Optional.of(annotations) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
