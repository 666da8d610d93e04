package org.poliin.rest.internal.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.poliin.api.common.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's health checks and sums them up. The first check is the API itself ({@code api}):
 * UP when the platform application is being served. The others are the Apache Felix health checks
 * tagged for the platform; when none is registered yet, the API check alone decides. Without the Felix
 * executor no check can run, which is reported as DOWN rather than hidden.
 *
 * <p>The outcome is kept for a short while ({@code cacheMillis}): {@code /health} is open to anyone, and
 * must not let anyone run the database check as often as they like.
 */
final class HealthAggregator {

    static final String API_CHECK = "api";
    static final String EXECUTOR_CHECK = "health-checks";
    private static final Logger LOG = LoggerFactory.getLogger(HealthAggregator.class);

    private final Supplier<HealthCheckExecutor> executor;
    private final BooleanSupplier applicationServing;
    private final int timeoutMillis;
    private final String[] tags;
    private final long cacheMillis;
    private final LongSupplier clock;
    private final Object lock = new Object();
    /** The last outcome of the checks; replaced as a whole. */
    private volatile Snapshot last;

    HealthAggregator(Supplier<HealthCheckExecutor> executor, BooleanSupplier applicationServing, int timeoutMillis,
            String[] tags, long cacheMillis, LongSupplier clock) {
        this.executor = executor;
        this.applicationServing = applicationServing;
        this.timeoutMillis = timeoutMillis;
        this.tags = tags.clone();
        this.cacheMillis = cacheMillis;
        this.clock = clock;
    }

    /** One Felix check's outcome. */
    private record Outcome(String name, String status, List<String> messages) {
    }

    /**
     * What the checks said at {@code takenAt}; {@code outcomes} is null when no check could run
     * ({@code executorMissing} tells why).
     */
    private record Snapshot(long takenAt, boolean serving, boolean executorMissing, List<Outcome> outcomes) {
    }

    /**
     * The health now. {@code withMessages} adds what each check said (never for anonymous callers); the
     * platform's own messages are in {@code locale}'s language, the Felix checks' as they wrote them.
     */
    HealthDTO health(boolean withMessages, Locale locale) {
        Snapshot snapshot = snapshot();
        List<HealthDTO.Check> checks = new ArrayList<>();
        LocalizedText apiMessage = snapshot.serving()
                ? LocalizedText.of("Aplicația platformei este servită.", "The platform application is served.")
                : LocalizedText.of("Aplicația platformei nu este servită, sau este republicată cu resursele unui "
                        + "modul care pornește (lipsește o extensie de care are nevoie, sau o resursă este încă în "
                        + "așteptare).",
                        "The platform application is not served, or is being re-published with the resources of a "
                        + "module that starts (an extension it requires is missing, or a resource is still pending).");
        checks.add(HealthDTO.Check.of(API_CHECK, snapshot.serving() ? HealthDTO.UP : HealthDTO.DOWN,
                withMessages ? List.of(apiMessage.in(locale)) : null));
        if (snapshot.outcomes() == null) {
            LocalizedText why = snapshot.executorMissing()
                    ? LocalizedText.of("Apache Felix Health Checks nu rulează: nicio verificare nu poate rula.",
                            "Apache Felix Health Checks is not running: no check can run.")
                    : LocalizedText.of("Verificările nu au putut rula.", "The health checks could not be run.");
            checks.add(HealthDTO.Check.of(EXECUTOR_CHECK, HealthDTO.DOWN,
                    withMessages ? List.of(why.in(locale)) : null));
        } else {
            for (Outcome outcome : snapshot.outcomes()) {
                checks.add(HealthDTO.Check.of(outcome.name(), outcome.status(),
                        withMessages ? outcome.messages() : null));
            }
        }
        HealthDTO health = new HealthDTO();
        health.checks = checks;
        health.status = checks.stream().anyMatch(check -> HealthDTO.DOWN.equals(check.status))
                ? HealthDTO.DOWN : HealthDTO.UP;
        return health;
    }

    private Snapshot snapshot() {
        Snapshot snapshot = last;
        if (isFresh(snapshot)) {
            return snapshot;
        }
        // one caller runs the checks; the others waiting here take its outcome
        synchronized (lock) {
            snapshot = last;
            if (!isFresh(snapshot)) {
                snapshot = take();
                last = snapshot;
            }
            return snapshot;
        }
    }

    private boolean isFresh(Snapshot snapshot) {
        if (snapshot == null) {
            return false;
        }
        long age = clock.getAsLong() - snapshot.takenAt();
        return age >= 0 && age < cacheMillis;
    }

    private Snapshot take() {
        boolean serving = applicationServing.getAsBoolean();
        HealthCheckExecutor checks = executor.get();
        if (checks == null) {
            return new Snapshot(clock.getAsLong(), serving, true, null);
        }
        try {
            HealthCheckExecutionOptions options = new HealthCheckExecutionOptions()
                    .setOverrideGlobalTimeout(timeoutMillis)
                    .setCombineTagsWithOr(true);
            List<Outcome> outcomes = new ArrayList<>();
            for (HealthCheckExecutionResult execution : checks.execute(HealthCheckSelector.tags(tags), options)) {
                outcomes.add(outcome(execution));
            }
            outcomes.sort(Comparator.comparing(Outcome::name));
            return new Snapshot(clock.getAsLong(), serving, false, List.copyOf(outcomes));
        } catch (RuntimeException e) {
            LOG.warn("The health checks could not be run", e);
            return new Snapshot(clock.getAsLong(), serving, false, null);
        }
    }

    private static Outcome outcome(HealthCheckExecutionResult execution) {
        Result result = execution.getHealthCheckResult();
        String name = execution.getHealthCheckMetadata() == null ? "unnamed"
                : execution.getHealthCheckMetadata().getTitle();
        List<String> messages = new ArrayList<>();
        if (result != null) {
            for (ResultLog.Entry entry : result) {
                if (!entry.isDebug() && entry.getMessage() != null) {
                    messages.add(entry.getMessage());
                }
            }
        }
        return new Outcome(name, status(result == null ? null : result.getStatus()), List.copyOf(messages));
    }

    static String status(Result.Status status) {
        if (status == null) {
            return HealthDTO.DOWN;
        }
        return switch (status) {
            case OK -> HealthDTO.UP;
            case WARN -> HealthDTO.WARN;
            default -> HealthDTO.DOWN;
        };
    }
}
