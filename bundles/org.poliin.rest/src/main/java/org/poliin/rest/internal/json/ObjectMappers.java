package org.poliin.rest.internal.json;

import org.poliin.api.rest.ProblemDTO;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration of the platform's API. */
public final class ObjectMappers {

    /** The largest body read, in characters: more is a 413, not a server busy holding it. */
    public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024;
    /** The deepest nesting of arrays and objects read (the platform's bodies are a few levels deep). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number read, in digits. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest text value read, in characters. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** The longest field name read, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private ObjectMappers() {
    }

    /** A new mapper; callers keep it (a mapper is thread-safe and costly to build). */
    public static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                // limits on what is read; a body beyond them is the client's error (400, or 413 for the
                // document length), never a 500 (see JsonProvider and ProblemFactory)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                // {"a":1,"a":2} is refused rather than silently the last value
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // java.time as ISO-8601 text: "2024-10-15", "2024-10-15T09:30:00", "2024-10-15T06:30:00Z"
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // an empty DTO is an empty object, not a server error
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // amounts exactly as stored: 1200.50, never 1.2005E+3
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // strict input: a misspelt field, a null for a number, an enum ordinal, a decimal for an
                // integer or trailing garbage is a 400 that names the field, not silently something else
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // keep the offset a client sent (a meeting at 09:00+03:00 stays so)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // a parse error reports line and column, never the body itself (it may hold personal data)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // problems leave out what does not apply (no "incident": null on a 400)
                .addMixIn(ProblemDTO.class, NonNullFields.class)
                .addMixIn(ProblemDTO.FieldError.class, NonNullFields.class)
                .build();
    }

    /** Mix-in: keeps the API free of Jackson annotations. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class NonNullFields {
    }
}
