package org.poliin.vouchers.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;

/**
 * The money rules: amounts in RON as exact decimals with at most two decimals, stored as
 * DECIMAL(12,2). Nothing here ever rounds: an amount that does not fit is refused.
 */
public final class Money {

    /** DECIMAL(12,2): ten digits before the point. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** A strictly positive amount, or a 400 naming {@code field}. */
    public static BigDecimal positive(String field, BigDecimal value) {
        BigDecimal amount = amount(field, value);
        if (amount.signum() == 0) {
            throw InvalidInputException.of(field, LocalizedText.of("trebuie să fie mai mare decât zero",
                    "must be greater than zero"));
        }
        return amount;
    }

    /** A positive or zero amount with at most two decimals, at scale 2; or a 400 naming {@code field}. */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of(field, LocalizedText.of("este obligatoriu (o sumă în lei, de exemplu 150.00)",
                    "is required (an amount in RON, such as 150.00)"));
        }
        if (value.signum() < 0) {
            throw InvalidInputException.of(field, LocalizedText.of("nu poate fi negativ", "cannot be negative"));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw InvalidInputException.of(field, LocalizedText.of("poate avea cel mult două zecimale (bani)",
                    "may have at most two decimals (bani)"));
        }
        if (value.compareTo(MAX) > 0) {
            throw InvalidInputException.of(field, LocalizedText.of("este prea mare (cel mult " + MAX.toPlainString() + ")",
                    "is too large (at most " + MAX.toPlainString() + ")"));
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code a - b} at scale 2. */
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return orZero(a).subtract(orZero(b)).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Zero at scale 2 for null (an empty SUM), else the value at scale 2. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** How many whole vouchers of {@code value} fit into {@code available}. */
    public static long howMany(BigDecimal available, BigDecimal value) {
        return orZero(available).divideToIntegralValue(value).longValueExact();
    }
}
