package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.poliin.security.internal.realm.RealmAccess;

class JaasAuthenticatorTest {

    private static final String PASSWORD = "parola-corecta-1";

    private final AtomicLong clock = new AtomicLong(0L);
    private final List<String> logins = new ArrayList<>();
    private final RealmAccess realm = mock(RealmAccess.class);
    private boolean realmDown;

    /** A realm with one user, ana, who has the roles staff and ssh. */
    private final LoginFunction login = (realmName, user, password) -> {
        logins.add(realmName + ":" + user);
        if (realmDown) {
            throw new LoginException("Users file not found at /nowhere");
        }
        if (!"ana".equals(user) || !PASSWORD.equals(new String(password))) {
            throw new FailedLoginException("login failed");
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("ana"));
        subject.getPrincipals().add(new RolePrincipal("staff"));
        subject.getPrincipals().add(new RolePrincipal("ssh"));
        return subject;
    };

    private JaasAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        when(realm.name()).thenReturn("poliin");
        when(realm.storeStamp()).thenReturn(1L);
        authenticator = new JaasAuthenticator(realm, login, clock::get, Duration.ofSeconds(60), 100, 3,
                Duration.ofSeconds(300));
    }

    @Test
    void authenticatesAgainstTheRealmPoliinWithPlatformRolesOnly() {
        AuthOutcome outcome = authenticator.authenticate("ana", PASSWORD);

        assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Authenticated.class, ok -> {
            assertThat(ok.user().name()).isEqualTo("ana");
            assertThat(ok.user().roles()).containsExactly("staff");
        });
        assertThat(logins).containsExactly("poliin:ana");
    }

    @Test
    void aRepeatedLoginIsServedFromTheCacheUntilItExpires() {
        authenticator.authenticate("ana", PASSWORD);
        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Authenticated.class);
        assertThat(logins).hasSize(1);

        clock.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Authenticated.class);
        assertThat(logins).hasSize(2);
    }

    @Test
    void aWrongPasswordGoesToTheRealmAndIsRejectedEvenAfterASuccess() {
        authenticator.authenticate("ana", PASSWORD);

        assertThat(authenticator.authenticate("ana", "parola-gresita-1")).isInstanceOf(AuthOutcome.Rejected.class);
        assertThat(logins).hasSize(2);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRejectedWithoutAskingTheRealm() {
        when(realm.truncatesPasswords()).thenReturn(true);
        // 37 times "ș": 37 characters, 74 bytes in UTF-8.
        assertThat(authenticator.authenticate("ana", "ș".repeat(37))).isInstanceOf(AuthOutcome.Rejected.class);
        assertThat(authenticator.authenticate("ana", PASSWORD + "x".repeat(72))).isInstanceOf(AuthOutcome.Rejected.class);

        assertThat(logins).isEmpty();
        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Authenticated.class);
    }

    @Test
    void overLongPasswordsCountAsFailedAttempts() {
        when(realm.truncatesPasswords()).thenReturn(true);
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("ana", "ț".repeat(40 + i));
        }

        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Throttled.class);
    }

    @Test
    void aRealmThatChecksPasswordsItselfGetsLongOnes() {
        // LDAP: the directory checks the password, whatever its length.
        when(realm.truncatesPasswords()).thenReturn(false);
        authenticator.authenticate("ana", "ș".repeat(37));

        assertThat(logins).containsExactly("poliin:ana");
    }

    @Test
    void failedLoginsAreNeverCached() {
        authenticator.authenticate("ion", "parola-lunga-x");
        authenticator.authenticate("ion", "parola-lunga-x");

        assertThat(logins).containsExactly("poliin:ion", "poliin:ion");
    }

    @Test
    void invalidationSendsTheNextLoginToTheRealm() {
        authenticator.authenticate("ana", PASSWORD);
        authenticator.invalidate("ana");
        authenticator.authenticate("ana", PASSWORD);

        assertThat(logins).hasSize(2);
    }

    @Test
    void aChangedUserStoreSendsTheNextLoginToTheRealm() {
        authenticator.authenticate("ana", PASSWORD);
        when(realm.storeStamp()).thenReturn(2L);
        authenticator.authenticate("ana", PASSWORD);

        assertThat(logins).hasSize(2);
    }

    @Test
    void repeatedFailuresThrottleTheNameWithoutAskingTheRealm() {
        for (int i = 0; i < 3; i++) {
            assertThat(authenticator.authenticate("ana", "guess-" + i)).isInstanceOf(AuthOutcome.Rejected.class);
        }

        AuthOutcome outcome = authenticator.authenticate("ana", PASSWORD);

        assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Throttled.class,
                throttled -> assertThat(throttled.retryAfterSeconds()).isEqualTo(300));
        assertThat(logins).hasSize(3);
        clock.addAndGet(Duration.ofSeconds(300).toNanos());
        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Authenticated.class);
    }

    @Test
    void aGuessingClientLocksOnlyItselfOutOfTheAccount() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("ana", "guess-" + i, "203.0.113.7");
        }

        assertThat(authenticator.authenticate("ana", PASSWORD, "203.0.113.7"))
                .isInstanceOf(AuthOutcome.Throttled.class);
        assertThat(authenticator.authenticate("ana", PASSWORD, "192.0.2.10"))
                .isInstanceOf(AuthOutcome.Authenticated.class);
    }

    @Test
    void aRealmThatCannotDecideRejectsButDoesNotThrottle() {
        realmDown = true;
        for (int i = 0; i < 5; i++) {
            assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Rejected.class);
        }
        realmDown = false;

        assertThat(authenticator.authenticate("ana", PASSWORD)).isInstanceOf(AuthOutcome.Authenticated.class);
    }
}
