package org.poliin.rest.internal.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;

/**
 * Converts path, query and other parameters of the usual types (numbers, booleans, java.time, UUID,
 * enums), and on a bad value throws {@link InvalidParameterException} naming the parameter.
 *
 * <p>Why: JAX-RS answers a query or path parameter it cannot convert with 404, without saying which
 * one; the platform answers 400 with the parameter named ({@code ?page=abc} → {@code page}: must be an
 * integer). CXF asks this provider first, for primitive types too.
 */
@Component(service = ParamConverterProvider.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@PoliinExtension(Extensions.PARAMETERS)
public final class ParameterConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parser = parser(rawType);
        if (parser == null) {
            return null;
        }
        return new Converter<>(rawType, name, parser);
    }

    /** The parameter's name from its JAX-RS annotation, or null for what is not a named parameter. */
    static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return null;
    }

    /** How to parse a value of {@code type}, or null to leave the type to JAX-RS. */
    static Function<String, ?> parser(Class<?> type) {
        Class<?> t = ValueTypes.wrap(type);
        if (t == Integer.class) {
            return Integer::valueOf;
        }
        if (t == Long.class) {
            return Long::valueOf;
        }
        if (t == Short.class) {
            return Short::valueOf;
        }
        if (t == Double.class) {
            return Double::valueOf;
        }
        if (t == Float.class) {
            return Float::valueOf;
        }
        if (t == BigDecimal.class) {
            return BigDecimal::new;
        }
        if (t == BigInteger.class) {
            return BigInteger::new;
        }
        if (t == Boolean.class) {
            return ParameterConverters::parseBoolean;
        }
        if (t == LocalDate.class) {
            return LocalDate::parse;
        }
        if (t == LocalDateTime.class) {
            return LocalDateTime::parse;
        }
        if (t == LocalTime.class) {
            return LocalTime::parse;
        }
        if (t == Instant.class) {
            return Instant::parse;
        }
        if (t == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        }
        if (t == UUID.class) {
            return UUID::fromString;
        }
        if (t.isEnum() && !hasOwnFactory(t)) {
            return value -> parseEnum(t, value);
        }
        return null;
    }

    /** An enum that parses itself ({@code fromString}, {@code fromValue}) keeps its own rules. */
    private static boolean hasOwnFactory(Class<?> type) {
        for (String method : new String[] { "fromString", "fromValue" }) {
            try {
                if (Modifier.isStatic(type.getMethod(method, String.class).getModifiers())) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // none: try the next name
            }
        }
        return false;
    }

    /** Only true or false: "yes" or "1" is a mistake to report, not a silent false. */
    private static Boolean parseBoolean(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    /** The constant's name, ignoring case, dashes for underscores ({@code high-school} is HIGH_SCHOOL). */
    private static Object parseEnum(Class<?> type, String value) {
        String wanted = value.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().toUpperCase(Locale.ROOT).equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no such constant");
    }

    private static final class Converter<T> implements ParamConverter<T> {

        private final Class<T> type;
        private final String name;
        private final Function<String, ?> parser;

        Converter(Class<T> type, String name, Function<String, ?> parser) {
            this.type = type;
            this.name = name;
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (type.isPrimitive()) {
                    throw new InvalidParameterException(name, ValueTypes.mustBe(type));
                }
                // an empty ?size= means "not given", as CXF treats it for numbers
                return null;
            }
            try {
                // a primitive type's converter returns the wrapper, which CXF unboxes
                return (T) parser.apply(value.trim());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, ValueTypes.mustBe(type));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
