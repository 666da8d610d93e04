package org.poliin.security.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

class UserRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana.pop", "i.ionescu-2", "user_1", "a23", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void validNames(String name) {
        assertThat(UserRules.nameViolations(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Ana", "1ana", ".ana", "ana pop", "ștefan", "ana@uni.ro",
        "abcdefghijabcdefghijabcdefghijabcdefghijk", "_g_:admins"})
    void invalidNames(String name) {
        List<FieldViolation> violations = UserRules.nameViolations(name);

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).field).isEqualTo("name");
        assertThat(violations.get(0).message.ro).isNotBlank();
        assertThat(violations.get(0).message.en).isNotBlank();
    }

    @Test
    void missingNameIsRequired() {
        assertThat(UserRules.nameViolations(null)).extracting(v -> v.message.en).containsExactly("is required");
    }

    @Test
    void systemIsReservedForThePlatform() {
        assertThat(UserRules.nameViolations("system")).extracting(v -> v.message.en)
                .containsExactly("is reserved by the platform");
    }

    @Test
    void passwordNeedsTwelveCharacters() {
        assertThat(UserRules.passwordViolations("password", "ana", "12345678901")).extracting(v -> v.message.en)
                .containsExactly("must have at least 12 characters");
        assertThat(UserRules.passwordViolations("password", "ana", "123456789012")).isEmpty();
        // Characters, not bytes: 12 Romanian letters are enough.
        assertThat(UserRules.passwordViolations("password", "ana", "șțăîâșțăîâșț")).isEmpty();
    }

    @Test
    void passwordMustNotBeTheName() {
        assertThat(UserRules.passwordViolations("password", "ana.popescu.x", "Ana.Popescu.X")).extracting(v -> v.message.en)
                .containsExactly("must not be the same as the user name");
    }

    @Test
    void passwordIsRequiredAndBounded() {
        assertThat(UserRules.passwordViolations("password", "ana", null)).extracting(v -> v.field).containsExactly("password");
        assertThat(UserRules.passwordViolations("newPassword", "ana", "x".repeat(73))).extracting(v -> v.field)
                .containsExactly("newPassword");
    }

    @Test
    void passwordMayHaveAtMostTheSeventyTwoBytesBcryptReads() {
        assertThat(UserRules.passwordViolations("password", "ana", "x".repeat(72))).isEmpty();
        List<FieldViolation> violations = UserRules.passwordViolations("password", "ana", "x".repeat(73));

        assertThat(violations).extracting(v -> v.field).containsExactly("password");
        assertThat(violations.get(0).message.en).contains("at most 72 bytes in UTF-8");
        assertThat(violations.get(0).message.ro).contains("cel mult 72 de octeți în UTF-8");
    }

    @Test
    void romanianLettersCountTwoBytesEach() {
        // "ș" and "ț" are 2 bytes each in UTF-8: 36 of them are 72 bytes, 37 are 74 bytes in 37 characters.
        String thirtySix = "șț".repeat(18);
        assertThat(thirtySix).hasSize(36);
        assertThat(UserRules.passwordViolations("password", "ana", thirtySix)).isEmpty();
        assertThat(UserRules.passwordViolations("password", "ana", thirtySix + "ș")).extracting(v -> v.message.en)
                .singleElement().asString().startsWith("may have at most 72 bytes");
        // 70 ASCII bytes and one "ț" are 71 characters but 72 bytes; one more "ț" makes 74.
        assertThat(UserRules.passwordViolations("password", "ana", "a".repeat(70) + "ț")).isEmpty();
        assertThat(UserRules.passwordViolations("password", "ana", "a".repeat(70) + "țț")).hasSize(1);
    }

    @Test
    void rolesOnlyFromThePlatform() {
        assertThat(UserRules.roleViolations(List.of("admin", "viewer"))).isEmpty();
        assertThat(UserRules.roleViolations(List.of("staff", "root", "Admin"))).extracting(v -> v.field)
                .containsExactly("roles[1]", "roles[2]");
        assertThat(UserRules.roleViolations(List.of())).extracting(v -> v.field).containsExactly("roles");
        assertThat(UserRules.roleViolations(null)).extracting(v -> v.field).containsExactly("roles");
        assertThat(UserRules.roleViolations(Arrays.asList("staff", null))).extracting(v -> v.field).containsExactly("roles[1]");
    }

    @Test
    void requireThrowsWithEveryViolation() {
        assertThatThrownBy(() -> UserRules.require(UserRules.nameViolations("X"),
                UserRules.passwordViolations("password", "X", "short"), UserRules.roleViolations(List.of("root"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.field).containsExactly("name", "password", "roles[0]");
                    assertThat(e.status()).isEqualTo(400);
                });
        UserRules.require(List.of(), List.of());
    }
}
