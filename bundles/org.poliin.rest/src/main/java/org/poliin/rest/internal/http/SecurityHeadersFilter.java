package org.poliin.rest.internal.http;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The {@linkplain SecurityHeaders security headers} on every answer of the HTTP server, not only the
 * API's: an HTTP whiteboard filter on every servlet context ({@code /*}, any context name), before
 * anything else (highest ranking), on requests, forwards, includes and error pages. So a 404 of a path
 * nobody serves, a static page of a future web console and the API all carry them. The headers are set
 * before the chain runs, so they are there whatever answers.
 *
 * <p>The API does not depend on this filter alone: the {@link SecurityHeadersResponseFilter} extension,
 * which the application requires, sets the same headers on its answers.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=poliin-security-headers",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "osgi.http.whiteboard.filter.dispatcher=REQUEST",
        "osgi.http.whiteboard.filter.dispatcher=FORWARD",
        "osgi.http.whiteboard.filter.dispatcher=INCLUDE",
        "osgi.http.whiteboard.filter.dispatcher=ERROR",
        "osgi.http.whiteboard.filter.asyncSupported=true",
        "service.ranking:Integer=2147483647" })
public final class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            SecurityHeaders.apply(request.isSecure(), http::setHeader);
        }
        chain.doFilter(request, response);
    }
}
