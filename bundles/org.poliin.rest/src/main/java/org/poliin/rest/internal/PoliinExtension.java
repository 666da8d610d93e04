package org.poliin.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for {@value Extensions#PROPERTY}: names one of the platform's JAX-RS
 * extensions, so that the application can require it with {@code osgi.jaxrs.extension.select}.
 * The single-element annotation name {@code PoliinExtension} maps to the property {@code poliin.extension}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PoliinExtension {

    /** The extension's name, one of the constants of {@link Extensions}. */
    String value();
}
