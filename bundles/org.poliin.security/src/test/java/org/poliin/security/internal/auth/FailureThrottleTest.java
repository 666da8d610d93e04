package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FailureThrottleTest {

    private final AtomicLong clock = new AtomicLong(0L);

    @Test
    void blocksAUserNameAfterTooManyFailuresUntilTheWindowEnds() {
        FailureThrottle throttle = new FailureThrottle(3, Duration.ofSeconds(300), 100, clock::get);

        throttle.failure("ana");
        throttle.failure("ana");
        assertThat(throttle.blockedForSeconds("ana")).isZero();
        throttle.failure("ana");

        assertThat(throttle.blockedForSeconds("ana")).isEqualTo(300);
        assertThat(throttle.blockedForSeconds("ion")).isZero();
        clock.addAndGet(Duration.ofSeconds(120).toNanos());
        assertThat(throttle.blockedForSeconds("ana")).isEqualTo(180);
        clock.addAndGet(Duration.ofSeconds(180).toNanos());
        assertThat(throttle.blockedForSeconds("ana")).isZero();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        FailureThrottle throttle = new FailureThrottle(2, Duration.ofSeconds(60), 100, clock::get);
        throttle.failure("ana");
        clock.addAndGet(Duration.ofSeconds(61).toNanos());
        throttle.failure("ana");

        assertThat(throttle.blockedForSeconds("ana")).isZero();
    }

    @Test
    void successClearsTheCount() {
        FailureThrottle throttle = new FailureThrottle(2, Duration.ofSeconds(60), 100, clock::get);
        throttle.failure("ana");
        throttle.success("ana");
        throttle.failure("ana");

        assertThat(throttle.blockedForSeconds("ana")).isZero();
    }

    @Test
    void zeroFailuresTurnsItOff() {
        FailureThrottle throttle = new FailureThrottle(0, Duration.ofSeconds(60), 100, clock::get);
        for (int i = 0; i < 100; i++) {
            throttle.failure("ana");
        }
        assertThat(throttle.enabled()).isFalse();
        assertThat(throttle.blockedForSeconds("ana")).isZero();
    }

    @Test
    void tracksABoundedNumberOfNames() {
        FailureThrottle throttle = new FailureThrottle(1, Duration.ofSeconds(60), 2, clock::get);
        throttle.failure("a");
        throttle.failure("b");
        throttle.failure("c");

        assertThat(throttle.blockedForSeconds("a")).isZero();
        assertThat(throttle.blockedForSeconds("b")).isPositive();
        assertThat(throttle.blockedForSeconds("c")).isPositive();
    }
}
