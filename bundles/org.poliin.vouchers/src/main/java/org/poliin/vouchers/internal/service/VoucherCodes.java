package org.poliin.vouchers.internal.service;

import java.security.SecureRandom;
import java.util.Locale;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;

/**
 * Voucher codes: 15 random characters from Crockford's base32 alphabet (no I, L, O, U: nothing to
 * mistake for 1 or 0; 75 bits from {@link SecureRandom}, so a code cannot be guessed), then a check
 * character computed with the Luhn mod 32 algorithm, which catches every single mistyped character
 * and most swaps of two neighbours. Printed as {@code XXXX-XXXX-XXXX-XXXX}; read back in any case,
 * with or without dashes and spaces, with O read as 0 and I, L as 1 (as Crockford's decoding does).
 */
public final class VoucherCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int N = ALPHABET.length();
    public static final int LENGTH = 16;

    private final SecureRandom random;

    public VoucherCodes(SecureRandom random) {
        this.random = random;
    }

    /** A new code, normalised (16 characters, no dashes). */
    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(N)));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The Luhn mod N check character of {@code payload}. */
    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return ALPHABET.charAt((N - sum % N) % N);
    }

    /** Whether a normalised code's last character checks. */
    static boolean checks(String code) {
        int factor = 1;
        int sum = 0;
        for (int i = code.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(code.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return sum % N == 0;
    }

    /**
     * The code as stored, from what a person typed; a 400 naming {@code field} when it cannot be a
     * voucher code (wrong length, a character outside the alphabet, a check character that does not
     * match: a typing mistake).
     */
    public static String normalise(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInputException.of(field, LocalizedText.of("este obligatoriu", "is required"));
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                throw InvalidInputException.of(field, LocalizedText.of(
                        "conține caracterul „" + c + "”, care nu apare în codurile voucherelor",
                        "contains the character '" + c + "', which voucher codes do not use"));
            }
            code.append(read);
        }
        if (code.length() != LENGTH) {
            throw InvalidInputException.of(field, LocalizedText.of(
                    "un cod de voucher are " + LENGTH + " caractere (fără cratime), acesta are " + code.length(),
                    "a voucher code has " + LENGTH + " characters (without dashes), this one has " + code.length()));
        }
        if (!checks(code.toString())) {
            throw InvalidInputException.of(field, LocalizedText.of(
                    "codul nu este corect (caracterul de control nu se potrivește): verificați dacă a fost tastat greșit",
                    "the code is not right (its check character does not match): check it for a typing mistake"));
        }
        return code.toString();
    }

    /** {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String format(String code) {
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append('-');
            }
            printed.append(code.charAt(i));
        }
        return printed.toString();
    }
}
