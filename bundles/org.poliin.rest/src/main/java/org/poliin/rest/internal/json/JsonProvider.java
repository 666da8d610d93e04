package org.poliin.rest.internal.json;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Reads and writes JSON for every resource of the platform application, problems
 * ({@code application/problem+json}) included. Jackson always writes UTF-8 and detects the encoding of
 * what it reads, so Romanian diacritics pass unharmed.
 *
 * <p>The media types are declared here rather than inherited as wildcards: with a wildcard, CXF may pick
 * {@code application/octet-stream} for a method that declares no {@code @Produces}.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JaxrsMediaType({ MediaType.APPLICATION_JSON, PlatformRest.PROBLEM_JSON })
@PoliinExtension(Extensions.JSON)
@Produces({ MediaType.APPLICATION_JSON, PlatformRest.PROBLEM_JSON })
@Consumes(MediaType.APPLICATION_JSON)
public final class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ObjectMappers.create());
    }
}
