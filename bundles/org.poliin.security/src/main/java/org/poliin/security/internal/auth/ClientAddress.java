package org.poliin.security.internal.auth;

/**
 * Where a request comes from, as far as the platform can tell.
 *
 * @param address the client's IP address: the direct peer's, or, behind trusted proxies, the one they
 *     forwarded
 * @param secure whether the client used HTTPS: the connection's own security, or, behind trusted proxies,
 *     what their {@code X-Forwarded-Proto} says
 */
public record ClientAddress(String address, boolean secure) {
}
