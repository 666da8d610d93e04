package org.poliin.rest.internal.validation;

import javax.validation.ConstraintViolation;
import javax.validation.ElementKind;
import javax.validation.Path;

/**
 * Renders a violation's property path as a path into the JSON body: {@code email},
 * {@code participants[2].personId}, {@code tags[0]}. The method and parameter nodes of method
 * validation ({@code create.arg0.email}) are left out: the caller knows no Java method.
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    public static String render(ConstraintViolation<?> violation) {
        String prefix = violation instanceof ElementViolation element ? "[" + element.index() + "]" : "";
        String path = render(violation.getPropertyPath());
        if (prefix.isEmpty() || path.isEmpty() || path.startsWith("[")) {
            return prefix + path;
        }
        return prefix + "." + path;
    }

    static String render(Path path) {
        StringBuilder rendered = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.BEAN) {
                continue;
            }
            // In Bean Validation the index or key of a list or map element sits on the node after it.
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                rendered.append('[').append(position == null ? "" : position).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                // "<list element>": the index above says it all
                continue;
            }
            String name = node.getName();
            if (name != null && !name.isEmpty()) {
                if (rendered.length() > 0) {
                    rendered.append('.');
                }
                rendered.append(name);
            }
        }
        return rendered.toString();
    }
}
