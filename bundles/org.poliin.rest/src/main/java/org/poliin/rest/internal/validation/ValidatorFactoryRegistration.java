package org.poliin.rest.internal.validation;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.validation.ValidatorFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Offers the platform's one Bean Validation factory as an OSGi service, so that the core's services
 * check their input with the same messages and rules as the REST layer. Registered by hand: the
 * factory is built by Hibernate Validator, not by DS.
 */
@Component(immediate = true)
public final class ValidatorFactoryRegistration {

    private final ValidatorFactory factory;
    private final ServiceRegistration<ValidatorFactory> registration;

    @Activate
    public ValidatorFactoryRegistration(BundleContext context) {
        this.factory = BeanValidation.newFactory();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_DESCRIPTION, "POLI_IN Bean Validation (Hibernate Validator, no EL)");
        this.registration = context.registerService(ValidatorFactory.class, factory, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        factory.close();
    }
}
