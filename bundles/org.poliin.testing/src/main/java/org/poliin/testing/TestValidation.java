package org.poliin.testing;

import javax.validation.Validation;
import javax.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The Bean Validation the platform provides at run time, for unit tests. */
public final class TestValidation {

    private TestValidation() {
    }

    public static ValidatorFactory factory() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }
}
