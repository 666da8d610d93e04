package org.poliin.vouchers.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.poliin.api.errors.InvalidInputException;

/** The money rules and the voucher codes, without a database. */
class MoneyAndCodesTest {

    @Test
    void amountsAreExactWithAtMostTwoDecimals() {
        assertThat(Money.amount("budget", new BigDecimal("7950"))).isEqualTo(new BigDecimal("7950.00"));
        assertThat(Money.amount("budget", new BigDecimal("0.10"))).isEqualTo(new BigDecimal("0.10"));
        assertThat(Money.amount("budget", new BigDecimal("12.300"))).isEqualTo(new BigDecimal("12.30"));
        assertThat(Money.positive("amount", new BigDecimal("0.01"))).isEqualTo(new BigDecimal("0.01"));
        assertField(() -> Money.amount("amount", new BigDecimal("10.005")), "amount", "two decimals");
        assertField(() -> Money.amount("budget", new BigDecimal("-1")), "budget", "negative");
        assertField(() -> Money.positive("amount", BigDecimal.ZERO), "amount", "greater than zero");
        assertField(() -> Money.amount("amount", null), "amount", "required");
        assertField(() -> Money.amount("budget", new BigDecimal("10000000000.00")), "budget", "too large");
        // no floating point anywhere: 0.1 + 0.2 is 0.30
        assertThat(Money.minus(new BigDecimal("0.30"), new BigDecimal("0.10"))).isEqualTo(new BigDecimal("0.20"));
        assertThat(Money.howMany(new BigDecimal("7950.00"), new BigDecimal("150.00"))).isEqualTo(53);
        assertThat(Money.howMany(new BigDecimal("149.99"), new BigDecimal("150.00"))).isZero();
    }

    @Test
    void codesAreUniqueCheckedAndPrintedInGroups() {
        VoucherCodes codes = new VoucherCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
            assertThat(VoucherCodes.checks(code)).isTrue();
            assertThat(VoucherCodes.normalise("code", code)).isEqualTo(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(20_000);
        String code = codes.next();
        String printed = VoucherCodes.format(code);
        assertThat(printed).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(VoucherCodes.normalise("code", printed.toLowerCase())).isEqualTo(code);
        assertThat(VoucherCodes.normalise("code", " " + printed.replace("-", " ") + " ")).isEqualTo(code);
    }

    @Test
    void crockfordLookalikesAreReadAsDigits() {
        String payload = "0O1IL0000000000";
        String expected = "001110000000000";
        String code = expected + VoucherCodes.checkCharacter(expected);
        assertThat(VoucherCodes.normalise("code", payload + code.charAt(15))).isEqualTo(code);
    }

    @Test
    void everySingleTypingMistakeIsCaught() {
        VoucherCodes codes = new VoucherCodes(new SecureRandom());
        for (int n = 0; n < 50; n++) {
            String code = codes.next();
            for (int i = 0; i < code.length(); i++) {
                for (char c : VoucherCodes.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typo = code.substring(0, i) + c + code.substring(i + 1);
                        assertThat(VoucherCodes.checks(typo)).as(typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void mostSwapsOfNeighboursAreCaught() {
        VoucherCodes codes = new VoucherCodes(new SecureRandom());
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String code = codes.next();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    swaps++;
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    if (!VoucherCodes.checks(swapped)) {
                        caught++;
                    }
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void badCodesAreA400NamingTheField() {
        assertField(() -> VoucherCodes.normalise("code", "987654321"), "code", "16 characters");
        assertField(() -> VoucherCodes.normalise("code", "ABCD-EFGH-JKMN-PQRU"), "code", "'U'");
        assertField(() -> VoucherCodes.normalise("code", ""), "code", "required");
        String code = new VoucherCodes(new SecureRandom()).next();
        char wrong = code.charAt(3) == 'A' ? 'B' : 'A';
        assertField(() -> VoucherCodes.normalise("code", code.substring(0, 3) + wrong + code.substring(4)), "code",
                "typing mistake");
    }

    static void assertField(Runnable action, String field, String text) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).hasSize(1);
            assertThat(e.violations().get(0).field).isEqualTo(field);
            assertThat(e.violations().get(0).message.en).contains(text);
            assertThat(e.violations().get(0).message.ro).isNotBlank();
        });
    }
}
