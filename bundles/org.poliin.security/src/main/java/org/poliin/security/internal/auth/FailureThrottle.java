package org.poliin.security.internal.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one key (a user name and the
 * client trying it) within the window (counted from the first failure), further attempts for that key are
 * refused without asking the realm until the window ends. A successful login clears the count. Keying by
 * client too means a client that guesses locks only itself out, never the account's owner. The table of
 * keys is bounded, so random names cannot exhaust memory.
 */
public final class FailureThrottle {

    private final int maxFailures;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Failures> failures;

    private record Failures(int count, long windowStart) {
    }

    /**
     * @param maxFailures failed logins allowed in the window; zero turns the throttle off
     * @param window the window, from the first failure
     * @param maxTracked how many user names are tracked at most
     */
    public FailureThrottle(int maxFailures, Duration window, int maxTracked, LongSupplier nanoClock) {
        this.maxFailures = Math.max(0, maxFailures);
        this.windowNanos = Math.max(0, window.toNanos());
        this.nanoClock = nanoClock;
        int bound = Math.max(1, maxTracked);
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > bound;
            }
        };
    }

    public boolean enabled() {
        return maxFailures > 0 && windowNanos > 0;
    }

    /** How many seconds {@code user} must still wait, or 0 when an attempt is allowed now. */
    public synchronized long blockedForSeconds(String user) {
        if (!enabled()) {
            return 0;
        }
        Failures current = failures.get(user);
        if (current == null) {
            return 0;
        }
        long remaining = current.windowStart() + windowNanos - nanoClock.getAsLong();
        if (remaining <= 0) {
            failures.remove(user);
            return 0;
        }
        if (current.count() < maxFailures) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(remaining + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    public synchronized void failure(String user) {
        if (!enabled()) {
            return;
        }
        long now = nanoClock.getAsLong();
        Failures current = failures.get(user);
        if (current == null || now - current.windowStart() >= windowNanos) {
            failures.put(user, new Failures(1, now));
        } else {
            failures.put(user, new Failures(current.count() + 1, current.windowStart()));
        }
    }

    public synchronized void success(String user) {
        failures.remove(user);
    }
}
