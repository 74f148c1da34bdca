package org.communitysafety.core.record;

import java.math.BigDecimal;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * An amount of money in yuan, held exactly as a whole number of fen (1 yuan = 100 fen).
 *
 * <p>Amounts in the records — losses, recovered property, amounts in dispute, losses
 * avoided — are never negative, so neither is a {@code Money}. Sums are exact {@code long}
 * arithmetic and throw on overflow rather than wrap.
 *
 * <pre>{@code
 * Money.ofYuan("1234.5")   // ¥1234.50
 * Money.ofFen(1)           // ¥0.01
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints {@code ¥1234.50} and
 * {@link #toPlainString()} prints {@code 1234.50}, which {@link #ofYuan(String)} reads back.
 *
 * @param fen the amount in fen, zero or more
 */
public record Money(long fen) implements Comparable<Money> {
    /** No money. Also the value of an amount left empty in a record. */
    public static final Money ZERO = new Money(0);

    public Money {
        Check.argument(fen >= 0, "an amount must not be negative, got %d fen", fen);
    }

    /** An amount of {@code fen} fen (hundredths of a yuan). */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /** An amount of whole yuan. */
    public static Money ofYuan(long yuan) {
        Check.argument(yuan >= 0, "an amount must not be negative, got %d yuan", yuan);
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses an amount in yuan with at most two decimal places, such as {@code "12"},
     * {@code "12.5"} or {@code "12.34"}.
     *
     * @throws IllegalArgumentException if the text is not such an amount
     */
    public static Money ofYuan(String yuan) {
        Objects.requireNonNull(yuan, "yuan");
        BigDecimal value;
        try {
            value = new BigDecimal(yuan.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(yuan + " is not an amount in yuan", e);
        }
        Check.argument(value.signum() >= 0, "%s is negative; an amount must be 0 or more", yuan);
        Check.argument(value.stripTrailingZeros().scale() <= 2, "%s has more than 2 decimal places", yuan);
        return ofFen(value.movePointRight(2).longValueExact());
    }

    /** The amount in yuan as an exact decimal with two places. */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** The exact sum; throws {@link ArithmeticException} on overflow. */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    public boolean isZero() {
        return fen == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** The amount in yuan with two decimals and no symbol, e.g. {@code 1234.50}. */
    public String toPlainString() {
        return yuan().toPlainString();
    }

    @Override
    public String toString() {
        return "¥" + toPlainString();
    }
}
