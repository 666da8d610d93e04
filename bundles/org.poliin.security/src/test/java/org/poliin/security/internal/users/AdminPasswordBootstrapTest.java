package org.poliin.security.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.poliin.security.internal.users.AdminPasswordBootstrap.Outcome;

class AdminPasswordBootstrapTest {

    private static final String GENERATED = "GeneratedPassword23456789";

    private final UserDirectory users = mock(UserDirectory.class);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void emptyWritableRealm() {
        when(users.writable()).thenReturn(true);
        when(users.hasAdmin()).thenReturn(false);
    }

    private Outcome run(Map<String, String> environment, String configured) {
        return new AdminPasswordBootstrap(users, configured, true, environment::get,
                new PrintStream(output, true, StandardCharsets.UTF_8), () -> GENERATED).run();
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void takesThePasswordFromTheEnvironmentFirst() {
        Outcome outcome = run(Map.of("POLIIN_ADMIN_PASSWORD", "parola-din-mediu"), "parola-din-config");

        assertThat(outcome).isEqualTo(Outcome.CREATED_FROM_ENVIRONMENT);
        verify(users).create("admin", "parola-din-mediu", List.of("admin"));
        assertThat(printed()).isEmpty();
    }

    @Test
    void thenFromTheConfiguration() {
        Outcome outcome = run(Map.of(), "parola-din-config");

        assertThat(outcome).isEqualTo(Outcome.CREATED_FROM_CONFIGURATION);
        verify(users).create("admin", "parola-din-config", List.of("admin"));
        assertThat(printed()).isEmpty();
    }

    @Test
    void otherwiseGeneratesOneAndPrintsItOnce() {
        Outcome outcome = run(Map.of(), "");

        assertThat(outcome).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        verify(users).create("admin", GENERATED, List.of("admin"));
        assertThat(printed()).containsOnlyOnce(GENERATED).contains("admin");
    }

    @Test
    void aWeakPasswordIsNeverUsed() {
        Outcome outcome = run(Map.of("POLIIN_ADMIN_PASSWORD", "admin"), "short");

        assertThat(outcome).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        verify(users, never()).create(anyString(), org.mockito.ArgumentMatchers.eq("admin"), any());
        verify(users).create("admin", GENERATED, List.of("admin"));
    }

    @Test
    void aWeakEnvironmentPasswordFallsBackToTheConfiguration() {
        Outcome outcome = run(Map.of("POLIIN_ADMIN_PASSWORD", "admin"), "parola-din-config");

        assertThat(outcome).isEqualTo(Outcome.CREATED_FROM_CONFIGURATION);
    }

    @Test
    void aPasswordLongerThanSeventyTwoBytesIsNeverUsed() {
        // 40 characters, 80 bytes in UTF-8: bcrypt would keep only the first 72.
        String tooLong = "ș".repeat(20) + "ț".repeat(20);
        Outcome outcome = run(Map.of("POLIIN_ADMIN_PASSWORD", tooLong), tooLong);

        assertThat(outcome).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        verify(users, never()).create(anyString(), org.mockito.ArgumentMatchers.eq(tooLong), any());
        verify(users).create("admin", GENERATED, List.of("admin"));
    }

    @Test
    void nothingIsCreatedWhenThereIsAnAdministrator() {
        when(users.hasAdmin()).thenReturn(true);

        assertThat(run(Map.of("POLIIN_ADMIN_PASSWORD", "parola-din-mediu"), "")).isEqualTo(Outcome.ADMIN_PRESENT);
        verify(users, never()).create(any(), any(), any());
    }

    @Test
    void aReadOnlyRealmIsLeftAlone() {
        when(users.writable()).thenReturn(false);

        assertThat(run(Map.of(), "")).isEqualTo(Outcome.READ_ONLY_REALM);
        verify(users, never()).hasAdmin();
        verify(users, never()).create(any(), any(), any());
    }

    @Test
    void aFailureIsReportedAndThePasswordNotPrinted() {
        doThrow(new IllegalStateException("Encryption service spring-security-crypto not found"))
                .when(users).create(any(), any(), any());

        assertThat(run(Map.of(), "")).isEqualTo(Outcome.FAILED);
        assertThat(printed()).doesNotContain(GENERATED);
    }

    @Test
    void generatedPasswordsAreLongRandomAndValid() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = AdminPasswordBootstrap.generatePassword(random);
            assertThat(password).hasSize(24).matches("[A-HJ-NP-Za-km-z2-9]+");
            assertThat(UserRules.passwordViolations("password", "admin", password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(50);
    }
}
