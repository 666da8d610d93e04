package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.inject.Inject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A hostile client against the real distribution (issue 9): every write operation that
 * {@code /api/v1/openapi.json} lists at run time gets bodies that jqwik generates from the operation's
 * request schema (right types, wrong types, huge numbers and texts, deep nesting, nulls, unknown enum
 * values and fields, invalid UTF-8, bodies that are not JSON), with path parameters of existing and
 * non-existing records; no answer may be a 5xx, a 4xx must be a problem, and no answer may hold a stack
 * trace. Each operation is called by users of the roles it allows (its {@code x-roles}; a user per role is
 * created at the start), each try as the next of them, with an {@code X-Poliin-Reason} on every request;
 * an operation that refused all its requests with 401 or 403 fails the test, as its bodies were never
 * read. Then the example module is installed and its operations are fuzzed as they appear, and it is
 * removed again. Also: the security headers on answers of the API and of the server around it.
 *
 * <p>jqwik runs on the JUnit Platform, Pax Exam here on JUnit 4: this test drives jqwik's generators
 * ({@code Arbitrary.generator}) itself, in a {@link JqwikSession}, with a fixed seed and a fixed number
 * of tries per operation, so that a failure is repeated by running the test again. jqwik and the JUnit
 * Platform classes it needs travel inside the probe (the build unpacks them into the test classes).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RequestFuzzIT extends PlatformTestSupport {

    private static final String FEATURE = "poliin-mentoring";
    private static final long SEED = 20_261_203L;
    private static final int TRIES_PER_OPERATION = 10;
    /** Sent on every request: counselling reads refuse a request without a reason; elsewhere it is ignored. */
    private static final String REASON_HEADER = "X-Poliin-Reason";
    private static final String REASON = "RequestFuzzIT: bodies generated for every write operation";
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "\tat org.", "\tat java.", "java.lang",
            "org.apache.cxf", "org.eclipse.persistence", "com.fasterxml");

    @Inject
    protected FeaturesService features;

    private final HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** How many answers of each status the fuzzing got. */
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    /** The user the fuzzing acts as for each role ({@code x-roles} of openapi.json); the administrator for admin. */
    private final Map<String, String> usersByRole = new TreeMap<>();
    /** How many requests each of those users sent, and how many operations were fuzzed. */
    private final Map<String, Integer> requestsByUser = new TreeMap<>();
    private int fuzzed;

    @Configuration
    public Option[] configuration() {
        return platform(
                // the probe is larger than the others (jqwik travels in it): on a busy machine, Pax Exam's
                // default 10 s waits for its invoker and its injector are too short
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                        .value("120000"),
                systemProperty("poliin.it.mentoring.features").value(maven().groupId("org.poliin")
                .artifactId("org.poliin.example.mentoring").classifier("features").type("xml").versionAsInProject()
                .getURL()));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("fuzz-target", "viewer");
        usersFor(admin("GET", "/openapi.json", null, 200));
        features.addRepository(URI.create(System.getProperty("poliin.it.mentoring.features")));
    }

    @Test
    public void everyWriteOperationAnswersGeneratedBodiesWithoutA5xx() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> core = fuzzEveryWriteOperation(Set.of(), failures);
        assertTrue("the core's and the modules' write operations were found: " + core,
                core.contains("POST /people") && core.contains("POST /outreach/campaigns")
                        && core.contains("POST /vouchers/funds") && core.contains("POST /counselling/students")
                        && core.stream().anyMatch(operation -> operation.startsWith("PUT /")));
        assertFalse("no mentoring operation before the module is installed", core.toString().contains("/mentoring/"));

        features.installFeature(FEATURE);
        try {
            awaitPath("/mentoring/pairs", true);
            Set<String> withModule = fuzzEveryWriteOperation(core, failures);
            assertTrue("the module's operations were read from openapi.json and fuzzed: " + withModule,
                    withModule.contains("POST /mentoring/pairs"));
        } finally {
            features.uninstallFeature(FEATURE);
        }
        awaitPath("/mentoring/pairs", false);
        System.out.println("RequestFuzzIT: " + fuzzed + " operations fuzzed; answers by status: " + statuses
                + "; requests by user: " + requestsByUser);
        assertTrue(failures.size() + " answers broke the rules:\n" + String.join("\n", failures), failures.isEmpty());
        // the generated bodies reached the resources (some were accepted) as well as the reader (most refused)
        int accepted = statuses.entrySet().stream().filter(status -> status.getKey() < 300).mapToInt(Map.Entry::getValue)
                .sum();
        assertTrue("answers by status: " + statuses, accepted > 0 && statuses.getOrDefault(400, 0) > 0);
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        // a static HTML page outside the API, as a web console would serve it from its own servlet context
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/it-console/*");
        ServiceRegistration<Servlet> page = bundleContext.registerService(Servlet.class, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!doctype html><title>Consolă</title><p>Bună ziua</p>");
            }
        }, properties);
        try {
            String server = "http://127.0.0.1:" + System.getProperty("poliin.it.port");
            Map<String, Integer> answers = new LinkedHashMap<>();
            answers.put(base() + "/health", 200);
            answers.put(base() + "/modules", 401);
            answers.put(base() + "/no-such-resource", 404);
            answers.put(server + "/it-console/index.html", 200);
            // outside the API and outside any page: whoever answers (the JAX-RS whiteboard's default
            // application owns "/"), it is a 4xx with the headers
            answers.put(server + "/", 0);
            answers.put(server + "/no/such/page.html", 0);
            for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                HttpResponse<String> response = awaitAnswer(answer.getKey(), answer.getValue());
                String where = "GET " + answer.getKey() + " answered " + response.statusCode() + " "
                        + response.headers().map();
                if (answer.getValue() == 0) {
                    assertTrue(where, response.statusCode() >= 400 && response.statusCode() < 500);
                } else {
                    assertEquals(where, (int) answer.getValue(), response.statusCode());
                }
                assertEquals(where, "nosniff", header(response, "X-Content-Type-Options"));
                assertEquals(where, "no-referrer", header(response, "Referrer-Policy"));
                assertEquals(where, "DENY", header(response, "X-Frame-Options"));
                String policy = header(response, "Content-Security-Policy");
                assertTrue(where, policy != null && policy.contains("default-src 'self'")
                        && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"));
                // plain HTTP: no HSTS (a browser ignores it there, and 8181 stays plain for the demo and tests)
                assertNull(where, header(response, "Strict-Transport-Security"));
            }
        } finally {
            page.unregister();
        }
    }

    /** The answer to a GET (as the administrator for the API's 404), waiting for a page to be served. */
    private HttpResponse<String> awaitAnswer(String url, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (url.endsWith("/no-such-resource")) {
                request.header("Authorization", basic("admin"));
            }
            HttpResponse<String> response = raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected || expected == 0 || System.currentTimeMillis() > deadline) {
                return response;
            }
            Thread.sleep(200);
        }
    }

    /** Fuzzes the write operations openapi.json lists now (all but {@code skip}); returns those it found. */
    private Set<String> fuzzEveryWriteOperation(Set<String> skip, List<String> failures) throws Exception {
        JsonNode document = admin("GET", "/openapi.json", null, 200);
        Set<String> found = new TreeSet<>();
        Random random = new Random(SEED);
        BodyGenerators generators = new BodyGenerators(document);
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        List<String[]> operations = new ArrayList<>();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    operations.add(new String[] { method.toUpperCase(), path.getKey() });
                }
            }
        }
        usersFor(document);
        generators.session(() -> {
            for (String[] operation : operations) {
                String name = operation[0] + " " + operation[1];
                found.add(name);
                if (skip.contains(name)) {
                    continue;
                }
                JsonNode spec = document.path("paths").path(operation[1]).path(operation[0].toLowerCase());
                List<String> actors = actors(spec);
                if (actors.isEmpty()) {
                    failures.add(name + " declares no role in x-roles: it is refused to everyone");
                    continue;
                }
                List<String> targets = targets(document, operation[1], spec);
                BodyGenerators.Generator bodies = generators.forOperation(spec);
                Map<Integer, Integer> answers = new TreeMap<>();
                fuzzed++;
                // each try as the next of the roles the operation allows, so that every one of them is tried
                for (int i = 0; i < TRIES_PER_OPERATION; i++) {
                    String target = targets.get(i % targets.size());
                    byte[] body = bodies.next(random);
                    answers.merge(check(name, operation[0], target, actors.get(i % actors.size()), body, failures), 1,
                            Integer::sum);
                }
                // and once without any body
                answers.merge(check(name, operation[0], targets.get(0), actors.get(0), null, failures), 1,
                        Integer::sum);
                if (answers.keySet().stream().allMatch(status -> status == 401 || status == 403)) {
                    failures.add(name + " refused every request as " + actors + " (its bodies were never read): "
                            + answers);
                }
            }
        });
        return found;
    }

    /** Creates a user for every role that an operation of {@code document} allows and that has none yet. */
    private void usersFor(JsonNode document) throws Exception {
        usersByRole.putIfAbsent("admin", "admin");
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode role : operation.path("x-roles")) {
                    if (!usersByRole.containsKey(role.asText())) {
                        String user = "fuzz-" + role.asText();
                        createUser(user, role.asText());
                        usersByRole.put(role.asText(), user);
                    }
                }
            }
        }
    }

    /**
     * The users that may call an operation: one per role in its {@code x-roles}; the administrator for an
     * operation open to everyone ({@code security: []}); none when it declares no role.
     */
    private List<String> actors(JsonNode spec) {
        if (spec.has("security") && spec.path("security").isEmpty()) {
            return List.of("admin");
        }
        List<String> actors = new ArrayList<>();
        for (JsonNode role : spec.path("x-roles")) {
            actors.add(usersByRole.get(role.asText()));
        }
        return actors;
    }

    private static String password(String user) {
        return "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD;
    }

    /** The path filled with an existing record's id, a missing one, and values of the wrong form. */
    private List<String> targets(JsonNode document, String template, JsonNode spec) throws Exception {
        if (!template.contains("{")) {
            return List.of(template);
        }
        String existing = existingId(document, template);
        List<String> targets = new ArrayList<>();
        for (String value : new String[] { existing, "999999999", "0", "-1", "abc", "9".repeat(40), "%C3%28" }) {
            if (value != null) {
                targets.add(fill(template, spec, value));
            }
        }
        return targets;
    }

    /** A path template with every parameter set; a user name is never the administrator's own. */
    private static String fill(String template, JsonNode spec, String value) {
        String path = template;
        for (JsonNode parameter : spec.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                boolean text = "string".equals(parameter.path("schema").path("type").asText());
                String filled = text && template.startsWith("/users") ? "fuzz-target" : value;
                path = path.replace("{" + name + "}", filled);
            }
        }
        return path.replaceAll("\\{[^}]*}", value);
    }

    /**
     * The id of a record of the collection above the first parameter, if there is one, listed as a user the
     * collection's GET allows.
     */
    private String existingId(JsonNode document, String template) throws Exception {
        String collection = template.substring(0, template.indexOf('{') - 1);
        List<String> readers = actors(document.path("paths").path(collection).path("get"));
        String reader = readers.isEmpty() ? "admin" : readers.get(0);
        HttpResponse<String> list = call("GET", collection, reader, password(reader), null,
                Map.of(REASON_HEADER, REASON));
        if (list.statusCode() != 200) {
            return null;
        }
        JsonNode answer = JSON.readTree(list.body());
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        for (JsonNode item : items) {
            if (item.has("id")) {
                return item.path("id").asText();
            }
        }
        return null;
    }

    /** Sends one request as {@code user}; returns the answer's status after checking it against the rules. */
    private int check(String operation, String method, String path, String user, byte[] body, List<String> failures)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic(user))
                .header(REASON_HEADER, REASON);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<String> response = raw.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String answer = response.body();
        statuses.merge(response.statusCode(), 1, Integer::sum);
        requestsByUser.merge(user, 1, Integer::sum);
        String shown = operation + " by " + user + " as " + method + " " + abbreviate(path) + " with " + describe(body) + " -> "
                + response.statusCode() + " " + abbreviate(answer);
        if (response.statusCode() >= 500) {
            failures.add("5xx: " + shown);
        } else if (response.statusCode() >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            failures.add("4xx that is not a problem: " + shown);
        }
        for (String mark : STACK_TRACE_MARKS) {
            if (answer.contains(mark)) {
                failures.add("stack trace text '" + mark + "': " + shown);
            }
        }
        if (response.statusCode() == 401) {
            fail("The login of " + user + " stopped working: " + shown);
        }
        return response.statusCode();
    }

    private void awaitPath(String path, boolean present) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (admin("GET", "/openapi.json", null, 200).path("paths").has(path) != present) {
            if (System.currentTimeMillis() > deadline) {
                fail(path + (present ? " did not appear in" : " did not leave") + " openapi.json");
            }
            Thread.sleep(200);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String describe(byte[] body) {
        if (body == null) {
            return "no body";
        }
        return body.length + " bytes: " + abbreviate(new String(body, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
