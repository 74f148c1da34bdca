package org.communitysafety.indicators.stats;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A two-sided interval — a confidence interval or a pair of control limits — with the method
 * and the two-sided level that produced it.
 *
 * <p>{@code lower <= upper}; neither is NaN; {@code lower} is finite. {@code upper} is finite
 * except for a rate ratio whose baseline count is 0, where the exact upper limit is
 * {@code +Infinity} (R {@code poisson.test(c(3, 0))} reports {@code Inf}). A degenerate interval
 * such as {@code [0, 0]} is allowed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower the lower limit
 * @param upper the upper limit
 * @param method how the limits were computed
 * @param confidence the two-sided level, strictly between 0 and 1 (0.95 for 95%)
 */
public record Interval(double lower, double upper, IntervalMethod method, double confidence) {

    public Interval { // validates the limits, the method and the level
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(lower)) {
            throw Invalid.argument("lower (%s) must be finite (%s interval)", lower, method);
        }
        if (Double.isNaN(upper) || upper == Double.NEGATIVE_INFINITY) {
            throw Invalid.argument("upper (%s) must be a number or +Infinity (%s interval)", upper, method);
        }
        if (!(lower <= upper)) {
            throw Invalid.argument("lower (%s) must not exceed upper (%s) (%s interval)", lower, upper, method);
        }
        Normal.checkConfidence(confidence);
    }

    /**
     * Creates an interval; see the record's invariants.
     *
     * @param lower the lower limit
     * @param upper the upper limit
     * @param method how the limits were computed
     * @param confidence the two-sided level
     * @return the interval
     */
    public static Interval of(double lower, double upper, IntervalMethod method, double confidence) {
        return new Interval(lower, upper, method, confidence);
    }

    /**
     * Whether {@code lower <= value <= upper}.
     *
     * @param value the value to test
     * @return true when the value lies in the closed interval
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * {@code upper - lower} (infinite when the upper limit is).
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }

    /**
     * This interval with both limits multiplied by a positive factor, for example
     * {@code per / exposure} to turn a count interval into a rate interval.
     *
     * @param factor a finite number greater than 0
     * @return the scaled interval, same method and level
     */
    public Interval scaled(double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw Invalid.argument("factor (%s) must be finite and positive", factor);
        }
        return new Interval(lower * factor, upper * factor, method, confidence);
    }

    /** For example {@code [0.2366, 0.7634] 95% WILSON} (limits with 4 significant digits). */
    @Override
    public String toString() {
        String level = BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "[%.4g, %.4g] %s%% %s", lower, upper, level, method);
    }
}
