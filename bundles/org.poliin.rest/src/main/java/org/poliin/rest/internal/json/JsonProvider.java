package org.poliin.rest.internal.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;
import org.poliin.rest.internal.problem.UnreadableBodyException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Reads and writes JSON for every resource of the platform application, problems
 * ({@code application/problem+json}) included. Jackson always writes UTF-8 and detects the encoding of
 * what it reads, so Romanian diacritics pass unharmed.
 *
 * <p>Every failure to read a body is the client's (except a type Jackson cannot handle at all, which is
 * the server's): it leaves this reader as an {@link UnreadableBodyException} that carries the place in
 * the body where reading stopped, so the problem names the field even where Jackson's own failure does
 * not (a number over the length limit, a nesting too deep, a duplicate key).
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

    /** The parser of the body being read on this thread, to say where reading stopped. */
    private final ThreadLocal<JsonParser> parser = new ThreadLocal<>();

    public JsonProvider() {
        super(ObjectMappers.create());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (InvalidDefinitionException serverSide) {
            // a DTO Jackson cannot build at all: the module's fault, an internal error
            throw serverSide;
        } catch (JacksonException | CharConversionException clientSide) {
            // JacksonException: syntax, shape, range, limits; CharConversionException: bytes that are not
            // text in the encoding Jackson detected (invalid UTF-8/UTF-32)
            throw new UnreadableBodyException(clientSide, location(parser.get()));
        } finally {
            parser.remove();
        }
    }

    @Override
    protected JsonParser _createParser(ObjectReader reader, InputStream rawStream) throws IOException {
        JsonParser created = super._createParser(reader, rawStream);
        parser.set(created);
        return created;
    }

    /** The parser's position as a field path ({@code a.b[2].c}); empty at the top level or without a parser. */
    static String location(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject()) {
                if (context.getCurrentName() != null) {
                    steps.addFirst("." + context.getCurrentName());
                }
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                steps.addFirst("[" + context.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
