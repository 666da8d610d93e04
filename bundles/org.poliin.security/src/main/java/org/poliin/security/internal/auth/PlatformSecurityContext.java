package org.poliin.security.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.poliin.api.security.PlatformUser;

/** The JAX-RS view of an authenticated platform user; only platform roles answer true. */
public final class PlatformSecurityContext implements SecurityContext {

    private final PlatformUser user;
    private final Principal principal;
    private final boolean secure;

    public PlatformSecurityContext(PlatformUser user, boolean secure) {
        this.user = user;
        this.principal = new NamedPrincipal(user.name());
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH;
    }

    public PlatformUser user() {
        return user;
    }

    private record NamedPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
