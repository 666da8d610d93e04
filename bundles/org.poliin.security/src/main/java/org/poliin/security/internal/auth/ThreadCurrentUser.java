package org.poliin.security.internal.auth;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;

/**
 * The current user, bound to the thread that serves the request (the JAX-RS whiteboard runs a request's
 * filters and resource method on one thread). The thread-local is a field of this one component instance,
 * which the filters reach through DS, so nothing is static. Outside a request there is no user.
 */
@Component(service = {CurrentUser.class, RequestUserHolder.class})
public final class ThreadCurrentUser implements CurrentUser, RequestUserHolder {

    private record State(PlatformUser user, String reason) {
    }

    private final ThreadLocal<State> state = new ThreadLocal<>();

    @Override
    public Optional<PlatformUser> get() {
        State current = state.get();
        return current == null ? Optional.empty() : Optional.ofNullable(current.user());
    }

    @Override
    public Optional<String> reason() {
        State current = state.get();
        return current == null ? Optional.empty() : Optional.ofNullable(current.reason());
    }

    @Override
    public void begin(String reason) {
        state.set(new State(null, reason));
    }

    @Override
    public void authenticated(PlatformUser user) {
        State current = state.get();
        state.set(new State(user, current == null ? null : current.reason()));
    }

    @Override
    public void end() {
        // remove(), not set(null): the pool thread keeps no entry for this component at all.
        state.remove();
    }
}
