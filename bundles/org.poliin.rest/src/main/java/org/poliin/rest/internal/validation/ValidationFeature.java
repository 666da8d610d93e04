package org.poliin.rest.internal.validation;

import javax.validation.Validator;
import javax.validation.ValidatorFactory;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;

/**
 * Bean Validation of request bodies: for each resource method whose body parameter is marked
 * {@code @Valid} or {@code @NotNull}, binds a filter that refuses a request without a body and a reader
 * interceptor that validates the body read. Methods without either are left alone.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@PoliinExtension(Extensions.VALIDATION)
public final class ValidationFeature implements DynamicFeature {

    private final Validator validator;

    @Activate
    public ValidationFeature(@Reference ValidatorFactory factory) {
        this.validator = factory.getValidator();
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        EntityParameter.of(resource.getResourceMethod())
                .filter(parameter -> parameter.validate() || parameter.required())
                .ifPresent(parameter -> {
                    if (parameter.required()) {
                        context.register(new RequiredBodyFilter(), Priorities.USER);
                    }
                    context.register(new ValidatingReaderInterceptor(validator, parameter), Priorities.USER);
                });
    }
}
