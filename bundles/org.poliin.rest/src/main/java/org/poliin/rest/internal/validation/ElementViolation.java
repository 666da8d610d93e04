package org.poliin.rest.internal.validation;

import javax.validation.ConstraintViolation;
import javax.validation.Path;
import javax.validation.metadata.ConstraintDescriptor;

/**
 * A violation found in one element of a body that is a JSON array: Bean Validation validates the
 * element on its own, so the element's index is kept here to render {@code [2].email}.
 */
final class ElementViolation implements ConstraintViolation<Object> {

    private final ConstraintViolation<?> delegate;
    private final int index;

    ElementViolation(ConstraintViolation<?> delegate, int index) {
        this.delegate = delegate;
        this.index = index;
    }

    int index() {
        return index;
    }

    @Override
    public String getMessage() {
        return delegate.getMessage();
    }

    @Override
    public String getMessageTemplate() {
        return delegate.getMessageTemplate();
    }

    @Override
    public Object getRootBean() {
        return delegate.getRootBean();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<Object> getRootBeanClass() {
        return (Class<Object>) delegate.getRootBeanClass();
    }

    @Override
    public Object getLeafBean() {
        return delegate.getLeafBean();
    }

    @Override
    public Object[] getExecutableParameters() {
        return delegate.getExecutableParameters();
    }

    @Override
    public Object getExecutableReturnValue() {
        return delegate.getExecutableReturnValue();
    }

    @Override
    public Path getPropertyPath() {
        return delegate.getPropertyPath();
    }

    @Override
    public Object getInvalidValue() {
        return delegate.getInvalidValue();
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
        return delegate.getConstraintDescriptor();
    }

    @Override
    public <U> U unwrap(Class<U> type) {
        return delegate.unwrap(type);
    }

    @Override
    public String toString() {
        return "[" + index + "]" + delegate;
    }
}
