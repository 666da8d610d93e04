package org.poliin.itests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * jqwik generators of request bodies driven by an OpenAPI 3 request schema: mostly values of the right
 * type (with the edges of each type), and at every level now and then a hostile value (wrong type,
 * null, a number of 100,000 digits, a text of 100,000 characters, deep nesting, an unknown enum value or
 * field); whole bodies that are not JSON; and bodies with bytes that are not UTF-8.
 */
final class BodyGenerators {

    /** jqwik's generation size: how far its number and size distributions reach. */
    private static final int GENERATION_SIZE = 1000;
    private static final int MAX_DEPTH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Produces one body per call. */
    interface Generator {
        byte[] next(Random random);
    }

    /** Work that may throw. */
    interface Work {
        void run() throws Exception;
    }

    private final JsonNode document;

    BodyGenerators(JsonNode document) {
        this.document = document;
    }

    /**
     * Runs {@code work} in a jqwik session, as jqwik's own property runner would (its generators keep
     * state in the session). jqwik finds its engine with the thread's context class loader: the probe's.
     */
    void session(Work work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BodyGenerators.class.getClassLoader());
        JqwikSession.start();
        try {
            work.run();
        } finally {
            JqwikSession.finish();
            thread.setContextClassLoader(previous);
        }
    }

    /** Bodies for one operation of the document (its request schema, or any JSON when it declares none). */
    Generator forOperation(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        Arbitrary<String> text = schema.isMissingNode() ? anyJson() : value(schema, 0);
        Arbitrary<byte[]> bodies = Arbitraries.frequencyOf(
                Tuple.of(12, text.map(BodyGenerators::utf8)),
                Tuple.of(2, Combinators.combine(text, Arbitraries.integers().between(0, Integer.MAX_VALUE))
                        .as(BodyGenerators::withInvalidUtf8)),
                Tuple.of(2, notJson()));
        RandomGenerator<byte[]> generator = bodies.generator(GENERATION_SIZE);
        return random -> generator.next(random).value();
    }

    private Arbitrary<String> value(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        return Arbitraries.frequencyOf(Tuple.of(8, typed(resolved, depth)), Tuple.of(2, hostile()));
    }

    private Arbitrary<String> typed(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.toString()));
            return Arbitraries.of(values);
        }
        String type = schema.path("type").asText("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
        case "integer":
            return Arbitraries.oneOf(Arbitraries.longs().between(-2, 1000).map(String::valueOf),
                    Arbitraries.longs().map(String::valueOf),
                    Arbitraries.of("2147483648", "-2147483649", "9223372036854775808", "1.5", "1e3", "-0"));
        case "number":
            return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                    Arbitraries.of("1e400", "-1e400", "1E-400", "0.0000000000000000000000001", "123456789012345.678"));
        case "boolean":
            return Arbitraries.of("true", "false");
        case "string":
            return string(schema.path("format").asText(""));
        case "array":
            if (depth >= MAX_DEPTH) {
                return Arbitraries.just("[]");
            }
            return value(schema.path("items"), depth + 1).list().ofMaxSize(3)
                    .map(items -> "[" + String.join(",", items) + "]");
        case "object":
            return object(schema, depth);
        default:
            return anyJson();
        }
    }

    private Arbitrary<String> string(String format) {
        switch (format) {
        case "date":
            return Arbitraries.oneOf(Arbitraries.integers().between(1900, 2100).map(year -> quote(year + "-10-15")),
                    Arbitraries.of("\"2024-02-30\"", "\"15.10.2024\"", "\"+999999999-12-31\"", "\"\""));
        case "date-time":
            return Arbitraries.of("\"2024-10-15T09:30:00\"", "\"2024-10-15T06:30:00Z\"", "\"2024-10-15T09:30:00+03:00\"",
                    "\"2024-13-45T99:99\"", "\"+999999999-12-31T23:59:59Z\"", "\"yesterday\"");
        case "uuid":
            return Arbitraries.of("\"3f2b8c1e-0c1a-4d7e-9a57-2b1f0c9d4e11\"", "\"not-a-uuid\"");
        default:
            return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40).map(BodyGenerators::quote),
                    Arbitraries.strings().withCharRange('a', 'z').withChars("ăâîșțĂÂÎȘȚ -'@.").ofMinLength(1)
                            .ofMaxLength(30).map(BodyGenerators::quote),
                    Arbitraries.of("\"\"", "\"   \"", "\"ana@example.org\"", "\"2024-10-15\"", "\"1\""));
        }
    }

    private Arbitrary<String> object(JsonNode schema, int depth) {
        if (depth >= MAX_DEPTH) {
            return Arbitraries.just("{}");
        }
        List<Arbitrary<String>> members = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String key = quote(property.getKey());
            // most fields are sent, some left out
            members.add(Arbitraries.frequencyOf(Tuple.of(6, value(property.getValue(), depth + 1).map(v -> key + ":" + v)),
                    Tuple.of(1, Arbitraries.just(""))));
        }
        if (schema.path("additionalProperties").isObject()) {
            members.add(Arbitraries.strings().withCharRange('a', 'z').ofLength(4)
                    .map(name -> quote(name) + ":" + "1"));
        }
        // now and then a field no schema knows
        members.add(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.just("\"noSuchField\":true"))));
        return Combinators.combine(members).as(parts -> {
            StringBuilder object = new StringBuilder("{");
            for (String part : parts) {
                if (!part.isEmpty()) {
                    object.append(object.length() > 1 ? "," : "").append(part);
                }
            }
            return object.append('}').toString();
        });
    }

    /** A value that does not fit, whatever was expected. */
    private static Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "0", "-1", "\"\"", "{}", "[]", "\"NOT_A_KNOWN_VALUE\"", "1e999999999",
                        "-9223372036854775809", "\"" + "9".repeat(100_000) + "\"", "9".repeat(100_000),
                        "0." + "1".repeat(100_000), "\"" + "ș".repeat(100_000) + "\"",
                        "[".repeat(200) + "]".repeat(200), "{\"a\":".repeat(100) + "1" + "}".repeat(100)),
                Arbitraries.strings().ofMinLength(200).ofMaxLength(5000).map(BodyGenerators::quote),
                anyJson());
    }

    /** Any JSON value of a few levels. */
    private static Arbitrary<String> anyJson() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(20).map(BodyGenerators::quote), Arbitraries.of("null", "true", "false"));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(5), inner).ofMaxSize(3)
                        .map(BodyGenerators::object)), 3);
    }

    /** Whole bodies that are not one JSON value of the right kind. */
    private static Arbitrary<byte[]> notJson() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "not json", "{", "[", "{\"a\":1,\"a\":2}", "{} trailing", "{}{}", "\"text\"",
                        "null", "[{}]", "\uFEFF{}", "{\"a\":}", "'single'").map(BodyGenerators::utf8),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        if (current.has("allOf") && current.path("allOf").size() > 0) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    private static String object(Map<String, String> members) {
        StringBuilder object = new StringBuilder("{");
        members.forEach((key, value) -> object.append(object.length() > 1 ? "," : "").append(quote(key)).append(':')
                .append(value));
        return object.append('}').toString();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The body with a byte sequence that is not UTF-8 put somewhere in it. */
    private static byte[] withInvalidUtf8(String text, int where) {
        byte[] bytes = utf8(text);
        int at = bytes.length == 0 ? 0 : where % bytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE });
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
