package org.poliin.rest.internal.json;

import org.poliin.api.rest.ProblemDTO;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration of the platform's API. */
public final class ObjectMappers {

    private ObjectMappers() {
    }

    /** A new mapper; callers keep it (a mapper is thread-safe and costly to build). */
    public static ObjectMapper create() {
        return JsonMapper.builder()
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
