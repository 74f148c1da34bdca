package org.communitysafety.indicators.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.communitysafety.core.lang.Check;

/**
 * Percentage change between two counts ("同比下降39.3%"), computed from the exact rational
 * number so that rounding to one decimal place is right at every tie.
 *
 * <pre>
 *   percent = 100 (current - baseline) / baseline        (counts)
 *   percent = 100 ((a1/b1) / (a0/b0) - 1)                 (ratios of rates, e.g. per 10,000)
 *           = 100 (a1 b0 - a0 b1) / (a0 b1)
 * </pre>
 *
 * <p>Rounding: the {@code BigDecimal} forms divide the exact integers with the requested
 * {@link RoundingMode}, never a {@code double}: 1 of 2000 is exactly 0.05%, which
 * {@code HALF_EVEN} rounds to 0.0 while {@code new BigDecimal(0.05)} (0.05000000000000000277)
 * would give 0.1. {@code HALF_UP} means half away from zero (-12.5 becomes -13; note that
 * {@code Math.round(-12.5)} is -12).
 *
 * <p>Undefined: against a zero baseline a percentage has no value (2 cases after 0 is not
 * "+Infinity%", and 0 after 0 is not "0%"); every method then returns empty, and
 * {@link #absolute} still gives the change in counts.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class PercentChange {
    private PercentChange() {}

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    /** 2^53: every long of smaller magnitude is an exact double. */
    private static final long EXACT = 1L << 53;

    /**
     * The change in counts, {@code current - baseline}, defined for every pair of counts.
     *
     * @param current the current count, {@code >= 0}
     * @param baseline the baseline count, {@code >= 0}
     * @return current minus baseline
     */
    public static long absolute(long current, long baseline) {
        check(current, baseline);
        return current - baseline;
    }

    /**
     * The ratio {@code current / baseline} (0.608 for 73 after 120), empty when baseline is 0.
     *
     * @param current the current count, {@code >= 0}
     * @param baseline the baseline count, {@code >= 0}
     * @return the ratio as the double nearest to the exact quotient, or empty
     */
    public static OptionalDouble ratio(long current, long baseline) {
        check(current, baseline);
        if (baseline == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(nearest(BigInteger.valueOf(current), BigInteger.valueOf(baseline)));
    }

    /**
     * {@code 100 (current - baseline) / baseline} as the double nearest to the exact rational
     * (-39.166666666666664 for 73 after 120), empty when baseline is 0.
     *
     * @param current the current count, {@code >= 0}
     * @param baseline the baseline count, {@code >= 0}
     * @return the percentage change, or empty against a zero baseline
     */
    public static OptionalDouble percent(long current, long baseline) {
        check(current, baseline);
        if (baseline == 0) {
            return OptionalDouble.empty();
        }
        long difference = current - baseline; // both non-negative: no overflow
        if (Math.abs(difference) < EXACT / 100 && baseline < EXACT) {
            return OptionalDouble.of(nearest(difference * 100, baseline));
        }
        BigInteger numerator = BigInteger.valueOf(difference).multiply(HUNDRED);
        return OptionalDouble.of(nearest(numerator, BigInteger.valueOf(baseline)));
    }

    /**
     * {@code 100 (current - baseline) / baseline} rounded to {@code decimals} places with
     * {@code mode}, from the exact rational; empty when baseline is 0.
     *
     * @param current the current count, {@code >= 0}
     * @param baseline the baseline count, {@code >= 0}
     * @param decimals decimal places, {@code >= 0} (1 for "39.3%")
     * @param mode the rounding mode, for example {@link RoundingMode#HALF_UP}
     * @return the rounded percentage, with exactly {@code decimals} places, or empty
     */
    public static Optional<BigDecimal> percent(long current, long baseline, int decimals, RoundingMode mode) {
        check(current, baseline);
        checkRounding(decimals, mode);
        if (baseline == 0) {
            return Optional.empty();
        }
        BigInteger numerator = BigInteger.valueOf(current).subtract(BigInteger.valueOf(baseline)).multiply(HUNDRED);
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(baseline), decimals, mode));
    }

    /**
     * Percentage change of a ratio of counts, {@code 100 ((a1/b1) / (a0/b0) - 1)}, for example of a
     * rate per 10,000 residents when the population changed too, as the double nearest to the
     * exact rational {@code 100 (a1 b0 - a0 b1) / (a0 b1)}.
     *
     * @param a1 current numerator, {@code >= 0}
     * @param b1 current denominator, {@code >= 0}
     * @param a0 baseline numerator, {@code >= 0}
     * @param b0 baseline denominator, {@code >= 0}
     * @return the percentage change, or empty when {@code b1}, {@code b0} or {@code a0} is 0
     */
    public static OptionalDouble percentOfRatios(long a1, long b1, long a0, long b0) {
        checkRatios(a1, b1, a0, b0);
        if (b1 == 0 || b0 == 0 || a0 == 0) {
            return OptionalDouble.empty();
        }
        if ((a1 | b1 | a0 | b0) < 1L << 31) { // each product below 2^62: exact in a long
            long cross1 = a1 * b0;
            long cross0 = a0 * b1;
            long difference = cross1 - cross0;
            if (Math.abs(difference) < EXACT / 100 && cross0 < EXACT) {
                return OptionalDouble.of(nearest(difference * 100, cross0));
            }
        }
        BigInteger[] fraction = ratioChange(a1, b1, a0, b0);
        return OptionalDouble.of(nearest(fraction[0], fraction[1]));
    }

    /**
     * {@link #percentOfRatios(long, long, long, long)} rounded to {@code decimals} places with
     * {@code mode}, from the exact rational computed with {@link BigInteger}.
     *
     * @param a1 current numerator, {@code >= 0}
     * @param b1 current denominator, {@code >= 0}
     * @param a0 baseline numerator, {@code >= 0}
     * @param b0 baseline denominator, {@code >= 0}
     * @param decimals decimal places, {@code >= 0}
     * @param mode the rounding mode
     * @return the rounded percentage, or empty when {@code b1}, {@code b0} or {@code a0} is 0
     */
    public static Optional<BigDecimal> percentOfRatios(long a1, long b1, long a0, long b0, int decimals,
            RoundingMode mode) {
        checkRatios(a1, b1, a0, b0);
        checkRounding(decimals, mode);
        if (b1 == 0 || b0 == 0 || a0 == 0) {
            return Optional.empty();
        }
        BigInteger[] fraction = ratioChange(a1, b1, a0, b0);
        return Optional.of(new BigDecimal(fraction[0]).divide(new BigDecimal(fraction[1]), decimals, mode));
    }

    /** {100 (a1 b0 - a0 b1), a0 b1}. */
    private static BigInteger[] ratioChange(long a1, long b1, long a0, long b0) {
        BigInteger cross1 = BigInteger.valueOf(a1).multiply(BigInteger.valueOf(b0));
        BigInteger cross0 = BigInteger.valueOf(a0).multiply(BigInteger.valueOf(b1));
        return new BigInteger[] {cross1.subtract(cross0).multiply(HUNDRED), cross0};
    }

    /**
     * The double nearest to numerator / denominator when both are below {@link #EXACT} in
     * magnitude: one IEEE division, the same double as {@link #nearest(BigInteger, BigInteger)}
     * gives them, without the big integers (a catalogue computes a million changes).
     */
    private static double nearest(long numerator, long denominator) {
        return (double) numerator / (double) denominator;
    }

    /**
     * The double nearest to numerator / denominator (denominator > 0). When both are exact
     * doubles one IEEE division rounds correctly; otherwise a 40-digit quotient is rounded, which
     * is correct except in cases closer to a tie than 1e-40 relative.
     */
    private static double nearest(BigInteger numerator, BigInteger denominator) {
        if (numerator.abs().bitLength() <= 53 && denominator.bitLength() <= 53) {
            return numerator.doubleValue() / denominator.doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(40)).doubleValue();
    }

    private static void check(long current, long baseline) {
        Check.nonNegative(current, "current count");
        Check.nonNegative(baseline, "baseline count");
    }

    private static void checkRatios(long a1, long b1, long a0, long b0) {
        Check.nonNegative(a1, "a1");
        Check.nonNegative(b1, "b1");
        Check.nonNegative(a0, "a0");
        Check.nonNegative(b0, "b0");
    }

    private static void checkRounding(int decimals, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        Check.argument(decimals >= 0, "decimals (%d) must not be negative", decimals);
    }
}
