package org.communitysafety.indicators;

import java.util.Objects;
import java.util.OptionalDouble;
import org.communitysafety.core.aggregate.DayDistribution;

/**
 * One figure of one unit and period, before it becomes a row. {@code exact} is the exact long
 * behind a count or an amount (in fen); {@code num}/{@code den} the counts of a ratio (−1 where
 * there are none); {@code base} the record count the small-count rule looks at (−1: none);
 * {@code why} the flag that says why an undefined figure is undefined, null when it is defined
 * (the record never leaves the package). A catalogue reads three of them a row, so they are kept
 * to 56 bytes: whether the figure is defined is not a field of its own but {@code why == null}.
 */
record Observation(Flag why, double value, long exact, long num, long den, long base) {

    /** Whether the figure is defined (has no reason to be undefined). */
    boolean defined() {
        return why == null;
    }

    /** Whether this is exactly {@link #count}{@code (exact)}: the count alone determines it. */
    boolean isCount() {
        return why == null && num == -1 && den == -1 && exact >= 0 && base == exact && value == exact;
    }

    /** Whether this is exactly {@link #proportion}{@code (num, den)}: the two counts alone determine it. */
    boolean isProportion() {
        if (num < 0 || den < 0 || base != den || exact != -1) {
            return false;
        }
        return den == 0 ? why == Flag.ZERO_DENOMINATOR && value == 0 : why == null && value == num * 1.0 / den;
    }

    /** A count of records. */
    static Observation count(long x) {
        return new Observation(null, x, x, -1, -1, x);
    }

    /** num × scale / den, undefined for {@code whyUndefined} when den ≤ 0. */
    static Observation ratio(long num, long den, double scale, Flag whyUndefined, long base) {
        if (den <= 0) {
            return new Observation(Objects.requireNonNull(whyUndefined, "whyUndefined"), 0, -1, num, den, base);
        }
        return new Observation(null, num * scale / den, -1, num, den, base);
    }

    /** num of den; undefined when den is zero. */
    static Observation proportion(long num, long den) {
        return ratio(num, den, 1, Flag.ZERO_DENOMINATOR, den);
    }

    /** The median of a distribution of days; undefined when it is empty. */
    static Observation median(DayDistribution d) {
        OptionalDouble m = d.median();
        return m.isPresent()
                ? new Observation(null, m.getAsDouble(), -1, -1, -1, d.count())
                : new Observation(Flag.NO_RECORDS, 0, -1, -1, -1, 0);
    }

    /** An amount in fen, shown in yuan; the small-count rule looks at the records behind it. */
    static Observation amount(long fen, long records) {
        return new Observation(null, fen / 100.0, fen, -1, -1, records);
    }

    /** A sum of sizes (audience, households): exact, no small-count rule. */
    static Observation sum(long x) {
        return new Observation(null, x, x, -1, -1, -1);
    }

    /** An expectation (NaN: undefined for want of a population) over {@code units} units. */
    static Observation expectation(double e, long units) {
        return Double.isNaN(e)
                ? new Observation(Flag.NO_POPULATION, 0, -1, -1, -1, units)
                : new Observation(null, e, -1, -1, -1, units);
    }
}
