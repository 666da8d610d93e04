package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.poliin.api.security.PlatformUser;

class ThreadCurrentUserTest {

    private final ThreadCurrentUser currentUser = new ThreadCurrentUser();
    private final PlatformUser ana = new PlatformUser("ana", Set.of("counsellor"));

    @Test
    void outsideARequestThereIsNoUserAndTheActorIsSystem() {
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.reason()).isEmpty();
        assertThat(currentUser.name()).isEqualTo("system");
        assertThat(currentUser.hasRole("counsellor")).isFalse();
    }

    @Test
    void holdsTheUserAndReasonOfTheRequestUntilItEnds() {
        currentUser.begin("verificare dosar");
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.reason()).contains("verificare dosar");

        currentUser.authenticated(ana);
        assertThat(currentUser.get()).contains(ana);
        assertThat(currentUser.name()).isEqualTo("ana");
        assertThat(currentUser.hasRole("counsellor")).isTrue();
        assertThat(currentUser.reason()).contains("verificare dosar");

        currentUser.end();
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.reason()).isEmpty();
    }

    @Test
    void aNewRequestForgetsWhatAnEarlierOneLeft() {
        currentUser.begin("old");
        currentUser.authenticated(ana);

        currentUser.begin(null);

        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.reason()).isEmpty();
    }

    @Test
    void eachThreadHasItsOwnUser() throws Exception {
        currentUser.begin(null);
        currentUser.authenticated(ana);

        Optional<PlatformUser> elsewhere = CompletableFuture.supplyAsync(currentUser::get).get();

        assertThat(elsewhere).isEmpty();
        assertThat(currentUser.get()).contains(ana);
        currentUser.end();
    }

    @Test
    void twoInstancesDoNotShareState() {
        ThreadCurrentUser other = new ThreadCurrentUser();
        currentUser.begin(null);
        currentUser.authenticated(ana);

        assertThat(other.get()).isEmpty();
        currentUser.end();
    }
}
