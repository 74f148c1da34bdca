package org.communitysafety.indicators;

import java.util.Objects;
import java.util.OptionalDouble;
import org.communitysafety.core.aggregate.DayDistribution;

/**
 * One figure of one unit and period, before it becomes a row. {@code exact} is the exact long
 * behind a count or an amount (in fen); {@code num}/{@code den} the counts of a ratio (−1 where
 * there are none); {@code base} the record count the small-count rule looks at (−1: none);
 * {@code why} the flag that says why an undefined figure is undefined, null when it is defined
 * (the class never leaves the package).
 *
 * <p>Mutable, and reused: a catalogue reads two of them a row (the period's and the baseline's),
 * three million at 10M incidents, which were a third of the bytes it allocated. So each
 * {@link RowBuilder} keeps one for the period and one for the baseline, and {@link FunnelFlags}
 * one for the parent, and {@link Computation#observe(Indicator, int, int, Selector, Observation)}
 * fills them with one of the setters below; nothing keeps one past the row it was read for, and
 * none is shared between threads. Equal when every field is (for tests).
 */
final class Observation {

    private Flag why;
    private double value;
    private long exact;
    private long num;
    private long den;
    private long base;

    /** An observation to fill: a count of 0 until it is set. */
    Observation() {
        count(0);
    }

    Flag why() {
        return why;
    }

    double value() {
        return value;
    }

    long exact() {
        return exact;
    }

    long num() {
        return num;
    }

    long den() {
        return den;
    }

    long base() {
        return base;
    }

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

    /** Becomes a count of records. */
    Observation count(long x) {
        return set(null, x, x, -1, -1, x);
    }

    /** Becomes num × scale / den, undefined for {@code whyUndefined} when den ≤ 0. */
    Observation ratio(long num, long den, double scale, Flag whyUndefined, long base) {
        if (den <= 0) {
            return set(Objects.requireNonNull(whyUndefined, "whyUndefined"), 0, -1, num, den, base);
        }
        return set(null, num * scale / den, -1, num, den, base);
    }

    /** Becomes num of den; undefined when den is zero. */
    Observation proportion(long num, long den) {
        return ratio(num, den, 1, Flag.ZERO_DENOMINATOR, den);
    }

    /** Becomes the median of a distribution of days; undefined when it is empty. */
    Observation median(DayDistribution d) {
        OptionalDouble m = d.median();
        return m.isPresent() ? set(null, m.getAsDouble(), -1, -1, -1, d.count())
                : set(Flag.NO_RECORDS, 0, -1, -1, -1, 0);
    }

    /** Becomes an amount in fen, shown in yuan; the small-count rule looks at the records behind it. */
    Observation amount(long fen, long records) {
        return set(null, fen / 100.0, fen, -1, -1, records);
    }

    /** Becomes a sum of sizes (audience, households): exact, no small-count rule. */
    Observation sum(long x) {
        return set(null, x, x, -1, -1, -1);
    }

    /** Becomes an expectation (NaN: undefined for want of a population) over {@code units} units. */
    Observation expectation(double e, long units) {
        return Double.isNaN(e) ? set(Flag.NO_POPULATION, 0, -1, -1, -1, units) : set(null, e, -1, -1, -1, units);
    }

    private Observation set(Flag why, double value, long exact, long num, long den, long base) {
        this.why = why;
        this.value = value;
        this.exact = exact;
        this.num = num;
        this.den = den;
        this.base = base;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation b && why == b.why && Double.compare(value, b.value) == 0 && exact == b.exact
                && num == b.num && den == b.den && base == b.base;
    }

    @Override
    public int hashCode() {
        return Objects.hash(why, value, exact, num, den, base);
    }

    @Override
    public String toString() {
        return "Observation[why=" + why + ", value=" + value + ", exact=" + exact + ", num=" + num + ", den=" + den
                + ", base=" + base + "]";
    }
}
