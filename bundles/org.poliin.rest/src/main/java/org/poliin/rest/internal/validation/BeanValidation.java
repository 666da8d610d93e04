package org.poliin.rest.internal.validation;

import java.lang.annotation.ElementType;
import java.util.List;
import java.util.function.Supplier;

import javax.validation.MessageInterpolator;
import javax.validation.Path;
import javax.validation.TraversableResolver;
import javax.validation.Validation;
import javax.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Boots Hibernate Validator inside OSGi.
 *
 * <p>Why each step: {@code Validation.buildDefaultValidatorFactory()} finds providers with
 * {@code ServiceLoader} on the thread context class loader, which in OSGi sees neither Hibernate Validator
 * nor its {@code META-INF/services}; so the provider is named and handed over directly. Hibernate still
 * loads a few optional classes and its message bundles through the context class loader while it
 * builds, so that is set to Hibernate's own bundle class loader for the duration. XML configuration is
 * ignored (no {@code META-INF/validation.xml} lookups across bundles). The default interpolator needs
 * Expression Language, which the platform does not ship (nor wants: no expressions evaluated from
 * messages): {@link PlatformMessageInterpolator} over {@link ParameterMessageInterpolator} substitutes
 * {@code {min}}-style parameters only. Everything is traversable: the bodies validated are DTOs, never JPA
 * entities, so Hibernate's JPA-aware resolver (which would look for a persistence provider) is not wanted.
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    /** A new validator factory; the caller closes it. */
    public static ValidatorFactory newFactory() {
        return withHibernateClassLoader(() -> Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .externalClassLoader(BeanValidation.class.getClassLoader())
                .messageInterpolator(new PlatformMessageInterpolator(new ParameterMessageInterpolator()))
                .traversableResolver(new EverythingTraversable())
                .buildValidatorFactory());
    }

    /** An interpolator of constraint messages without Expression Language, with the platform's texts. */
    public static MessageInterpolator newInterpolator() {
        return withHibernateClassLoader(() -> new PlatformMessageInterpolator(new ParameterMessageInterpolator()));
    }

    private static <T> T withHibernateClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static final class EverythingTraversable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }
}
