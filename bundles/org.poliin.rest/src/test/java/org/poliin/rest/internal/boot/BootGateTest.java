package org.poliin.rest.internal.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;

class BootGateTest {

    @Test
    void theBootIsOverOnlyOnTwoPollsInARowWithBootFinishedAndNoSchemaWaiting() {
        BootCondition condition = new BootCondition(2);

        assertThat(condition.observe(false, true)).isFalse();
        assertThat(condition.observe(true, false)).isFalse();
        assertThat(condition.observe(true, true)).isFalse();
        // a module's schema reported waiting after the core's was reported migrated: start counting again
        assertThat(condition.observe(true, false)).isFalse();
        assertThat(condition.observe(true, true)).isFalse();
        assertThat(condition.observe(true, true)).isTrue();
    }

    @Test
    void schemasAreSettledWhenMigratedOrFailedButNotWhileWaitingOrBeforeTheCheckExists() {
        assertThat(BootGate.settled(List.of())).isFalse();
        assertThat(BootGate.settled(List.of(Result.Status.TEMPORARILY_UNAVAILABLE))).isFalse();
        assertThat(BootGate.settled(Arrays.asList((Result.Status) null))).isFalse();
        assertThat(BootGate.settled(List.of(Result.Status.OK))).isTrue();
        // a module whose migration failed must not keep the whole API down
        assertThat(BootGate.settled(List.of(Result.Status.CRITICAL))).isTrue();
    }
}
