package org.poliin.security.internal.auth;

import java.security.AccessController;
import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;

/**
 * The current user, bound to the thread that serves the request (the JAX-RS whiteboard runs a request's
 * filters and resource method on one thread). The thread-local is a field of this one component instance,
 * which the filters reach through DS, so nothing is static.
 *
 * <p>Outside a request, a Karaf shell command runs as its logged-in user (the shell calls commands inside
 * {@code Subject.doAs}): that user is the current one, so that a sysadmin's import or backup is audited
 * under their name. Elsewhere (scheduled jobs, the platform's own work) there is no user.
 */
@Component(service = {CurrentUser.class, RequestUserHolder.class})
public final class ThreadCurrentUser implements CurrentUser, RequestUserHolder {

    private record State(PlatformUser user, String reason) {
    }

    private final ThreadLocal<State> state = new ThreadLocal<>();

    @Override
    public Optional<PlatformUser> get() {
        State current = state.get();
        if (current != null) {
            return Optional.ofNullable(current.user());
        }
        return shellUser();
    }

    @SuppressWarnings("removal") // the way Karaf's own shell finds its user on Java 17
    private static Optional<PlatformUser> shellUser() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null || subject.getPrincipals(UserPrincipal.class).isEmpty()) {
            return Optional.empty();
        }
        String name = subject.getPrincipals(UserPrincipal.class).iterator().next().getName();
        return Optional.of(PrincipalRoles.toPlatformUser(name, subject));
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
