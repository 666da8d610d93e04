package org.poliin.rest.internal.problem;

import javax.ws.rs.BadRequestException;

/**
 * A request body that the JSON reader could not turn into the resource's parameter: not JSON, not
 * UTF-8, JSON of another shape, a value out of range, or beyond the reader's limits (length of numbers,
 * strings and names, nesting depth, document size). Whatever the reader failed on, it failed on what the
 * client sent, so this is always a 4xx; {@link ProblemFactory} says which one and names the field.
 *
 * <p>Thrown by the JSON provider only, with the reader's own failure as the cause and the place in the
 * body where reading stopped (a path such as {@code participants[2].personId}, empty at the top level).
 * A {@code BadRequestException}, so that even without the problem mapper the answer is a 400.
 */
public final class UnreadableBodyException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String location;

    public UnreadableBodyException(Throwable cause, String location) {
        super(cause);
        this.location = location == null ? "" : location;
    }

    /** Where in the body the reader stopped: a field path, or empty for the body as a whole. */
    public String location() {
        return location;
    }
}
