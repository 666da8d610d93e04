package org.poliin.rest.internal.problem;

import java.util.List;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.rest.internal.json.ObjectMappers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's reading errors into what a person can act on: the field (as a path into the body,
 * {@code participants[2].personId}) and what it must be, without Jackson's own message (it names Java
 * classes and may quote the body).
 */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * Whether {@code e} is the client's fault: a body that is not JSON, or JSON that does not fit the
     * expected type. A failure to write JSON, or a type Jackson cannot handle at all, is the server's.
     */
    static boolean isClientError(Throwable e) {
        if (e instanceof InvalidDefinitionException) {
            return false;
        }
        if (e instanceof StreamReadException || e instanceof MismatchedInputException) {
            return true;
        }
        return e instanceof JsonMappingException mapping && mapping.getProcessor() instanceof JsonParser;
    }

    /** Whether the body is not JSON at all (as opposed to JSON of the wrong shape). */
    static boolean isSyntaxError(Throwable e) {
        return e instanceof StreamReadException && !(e instanceof InputCoercionException);
    }

    /** The longest field path repeated in an answer (a field name may be long, and it is the client's text). */
    private static final int MAX_FIELD_LENGTH = 120;

    /**
     * The field at fault in a body the reader failed on: the deepest path Jackson reported or, when the
     * parser itself failed, where it stopped if that is deeper; null for the body as a whole.
     */
    static String field(List<Throwable> causes, String location) {
        String path = "";
        for (Throwable cause : causes) {
            if (cause instanceof JsonMappingException mapping) {
                String candidate = path(mapping.getPath());
                if (candidate.length() > path.length()) {
                    path = candidate;
                }
            }
        }
        boolean parserFailed = causes.stream().anyMatch(
                cause -> cause instanceof StreamReadException || cause instanceof StreamConstraintsException);
        String stopped = location == null ? "" : location;
        if (parserFailed && stopped.startsWith(path) && stopped.length() > path.length()) {
            // the parser stopped deeper on the same line: Jackson wraps a failure of the parser itself (a
            // limit, a duplicate key) with the path of the enclosing value only
            path = stopped;
        }
        if (path.isEmpty()) {
            return null;
        }
        return path.length() <= MAX_FIELD_LENGTH ? path : path.substring(0, MAX_FIELD_LENGTH) + "…";
    }

    /** Whether a reading limit that was passed is the length of the whole body (a 413). */
    static boolean isDocumentTooLong(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).contains("getMaxDocumentLength");
    }

    /** Which reading limit a value passed, as a field message. */
    static LocalizedText limitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("getMaxNumberLength")) {
            return LocalizedText.of("are prea multe cifre (cel mult " + ObjectMappers.MAX_NUMBER_LENGTH + ")", "has too many digits (at most "
                            + ObjectMappers.MAX_NUMBER_LENGTH + ")");
        }
        if (message.contains("getMaxStringLength")) {
            return LocalizedText.of("este un text prea lung", "is too long a text");
        }
        if (message.contains("getMaxNestingDepth")) {
            return LocalizedText.of("are prea multe niveluri de obiecte și liste (cel mult "
                    + ObjectMappers.MAX_NESTING_DEPTH + ")",
                    "is nested too deeply (at most " + ObjectMappers.MAX_NESTING_DEPTH
                            + " levels of objects and lists)");
        }
        if (message.contains("getMaxNameLength")) {
            return LocalizedText.of("are un nume de câmp prea lung", "has too long a field name");
        }
        if (message.contains("Scale")) {
            return LocalizedText.of("este în afara domeniului permis", "is out of range");
        }
        return LocalizedText.of("depășește limitele permise", "exceeds the allowed limits");
    }

    /** The detail of a body whose bytes are not text in the encoding it appears to have. */
    static LocalizedText encodingDetail() {
        return LocalizedText.of("Conținutul trimis nu este text UTF-8 valid.", "The request body is not valid UTF-8 text.");
    }

    static LocalizedText encodingMessage() {
        return LocalizedText.of("nu este text UTF-8 valid", "is not valid UTF-8 text");
    }

    /** The field message of a syntax error: a duplicate key, bytes that are not UTF-8, or plain bad JSON. */
    static LocalizedText syntaxMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return LocalizedText.of("apare de două ori", "appears twice");
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return LocalizedText.of("nu este text UTF-8 valid", "is not valid UTF-8 text");
        }
        return LocalizedText.of("nu este JSON valid", "is not valid JSON");
    }

    /** Where a syntax error is, for the detail: "line 3, column 14". */
    static LocalizedText syntaxDetail(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return LocalizedText.of("Conținutul trimis nu este JSON valid.", "The request body is not valid JSON.");
        }
        return LocalizedText.of(
                "Conținutul trimis nu este JSON valid (linia " + location.getLineNr() + ", coloana "
                        + location.getColumnNr() + ").",
                "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ").");
    }

    /** The field at fault and why; the field is null when the body as a whole is wrong. */
    static List<FieldViolation> violations(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping.getPath());
            return List.of(FieldViolation.of(path.isEmpty() ? null : path, message(mapping)));
        }
        return List.of(FieldViolation.of(null, message(e)));
    }

    private static LocalizedText message(JsonProcessingException e) {
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            // a number too large for its field (Jackson wraps it with the path)
            return LocalizedText.of("este în afara domeniului permis", "is out of range");
        }
        if (e instanceof PropertyBindingException) {
            // UnrecognizedPropertyException, IgnoredPropertyException
            return LocalizedText.of("nu este un câmp cunoscut", "is not a known field");
        }
        if (e instanceof InvalidNullException || isNullForPrimitive(e)) {
            return LocalizedText.of("nu poate fi null", "must not be null");
        }
        if (e instanceof InvalidTypeIdException) {
            return LocalizedText.of("are un tip necunoscut", "has an unknown type");
        }
        if (e instanceof InvalidFormatException format) {
            return ValueTypes.mustBe(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return LocalizedText.of("are o valoare nevalidă", "has an invalid value");
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return LocalizedText.of("are conținut după valoarea JSON", "has content after the JSON value");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ValueTypes.mustBe(mismatch.getTargetType());
        }
        return LocalizedText.of("are o valoare nevalidă", "has an invalid value");
    }

    /** A JSON null where a number or boolean must be (Jackson reports it as a plain mismatch). */
    private static boolean isNullForPrimitive(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException)) {
            return false;
        }
        if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() == JsonToken.VALUE_NULL) {
            return true;
        }
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Cannot map `null`");
    }

    /** Jackson's reference path as {@code a.b[2].c}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        if (references == null) {
            return "";
        }
        for (JsonMappingException.Reference reference : references) {
            String field = reference.getFieldName();
            if (field != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(field);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
