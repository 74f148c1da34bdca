package org.communitysafety.indicators;

import java.util.AbstractList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.RandomAccess;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;

/**
 * The rows of one catalogue held as columns — primitive arrays and references to shared values —
 * and handed out as {@link IndicatorRow}s, each made when it is read: the list a computation's
 * {@link Results} hold. Every figure, interval and test is computed when the row is set; reading
 * row i only wraps them, so two reads give equal rows.
 *
 * <p>Why: a row object with its optionals and its change is about 150 bytes in a dozen objects,
 * and a catalogue's million and a half of them were copied by the collector from one survivor
 * space to the next while the catalogue was computed (a third of its wall time at 10M
 * incidents). Here a row is about 100 bytes in a few arrays made once, which the collector does
 * not copy.
 *
 * <p>Filled by {@link RowBuilder}, each row once, by one thread per row (the catalogue's tasks
 * write disjoint ranges and are joined before the list is published); unmodifiable and safe to
 * share between threads after that.
 */
final class RowColumns extends AbstractList<IndicatorRow> implements RandomAccess {

    // what a row holds: bits of `has`
    static final int VALUE = 1;
    static final int NUMERATOR = 1 << 1;
    static final int DENOMINATOR = 1 << 2;
    static final int CHANGE = 1 << 3;
    static final int BASELINE_VALUE = 1 << 4;
    static final int BASELINE_NUMERATOR = 1 << 5;
    static final int BASELINE_DENOMINATOR = 1 << 6;
    static final int ABSOLUTE = 1 << 7;
    static final int PERCENT = 1 << 8;
    static final int POINTS = 1 << 9;
    static final int P_VALUE = 1 << 10;
    static final int SIGNIFICANT = 1 << 11;

    private final JurisdictionTree tree;
    private final Period period;
    /** The baseline, or null when the rows have no comparison (then the change columns are null). */
    private final Period baseline;
    private final int size;

    private final Indicator[] indicator;
    private final int[] unit;
    private final Group[] group;
    /** {@link Flag#bit()}s. */
    private final int[] flags;
    /** What each row holds (the bits above). */
    private final int[] has;
    private final double[] value;
    private final long[] numerator;
    private final long[] denominator;
    /** Null where the row has no interval; intervals of equal counts are one shared instance. */
    private final Interval[] interval;

    private final double[] baselineValue;
    private final long[] baselineNumerator;
    private final long[] baselineDenominator;
    private final double[] absolute;
    private final double[] percent;
    private final double[] points;
    private final double[] pValue;

    /** Room for {@code size} rows of units of {@code tree} in {@code period}, compared with {@code baseline} (null: none). */
    RowColumns(JurisdictionTree tree, Period period, Period baseline, int size) {
        this.tree = tree;
        this.period = period;
        this.baseline = baseline;
        this.size = size;
        indicator = new Indicator[size];
        unit = new int[size];
        group = new Group[size];
        flags = new int[size];
        has = new int[size];
        value = new double[size];
        numerator = new long[size];
        denominator = new long[size];
        interval = new Interval[size];
        int changes = baseline == null ? 0 : size;
        baselineValue = new double[changes];
        baselineNumerator = new long[changes];
        baselineDenominator = new long[changes];
        absolute = new double[changes];
        percent = new double[changes];
        points = new double[changes];
        pValue = new double[changes];
    }

    /**
     * Sets row i's own figures; {@code holds} says which of value, numerator and denominator it
     * has (the others are ignored), {@code interval} null for none. Its change, if any, is set by
     * {@link #change} afterwards.
     */
    void set(int i, Indicator indicator, int unit, Group group, int flags, int holds, double value, long numerator,
            long denominator, Interval interval) {
        this.indicator[i] = indicator;
        this.unit[i] = unit;
        this.group[i] = group;
        this.flags[i] = flags;
        this.has[i] = holds;
        this.value[i] = value;
        this.numerator[i] = numerator;
        this.denominator[i] = denominator;
        this.interval[i] = interval;
    }

    /** Sets row i's change, which must come after {@link #set}: {@code figures.holds()} says which figures it has. */
    void change(int i, ChangeFigures figures) {
        has[i] |= CHANGE | figures.holds();
        baselineValue[i] = figures.baselineValue();
        baselineNumerator[i] = figures.baselineNumerator();
        baselineDenominator[i] = figures.baselineDenominator();
        absolute[i] = figures.absolute();
        percent[i] = figures.percent();
        points[i] = figures.points();
        pValue[i] = figures.pValue();
    }

    /** Row i's change, withheld: only its baseline period is known ({@link Change#withheld}). */
    void withheldChange(int i) {
        has[i] |= CHANGE;
    }

    /**
     * A row's change as primitives, {@code holds} saying which figures it has (the bits
     * {@link #BASELINE_VALUE} to {@link #SIGNIFICANT}): what {@link RowBuilder} computes, and
     * memoises for changes that depend on their counts alone.
     */
    record ChangeFigures(int holds, double baselineValue, long baselineNumerator, long baselineDenominator,
            double absolute, double percent, double points, double pValue) {}

    @Override
    public int size() {
        return size;
    }

    /** Row i, made from its columns. */
    @Override
    public IndicatorRow get(int i) {
        Objects.checkIndex(i, size);
        int h = has[i];
        Jurisdiction j = tree.unit(unit[i]);
        Optional<Change> change = (h & CHANGE) == 0 ? Optional.empty()
                : Optional.of(new Change(baseline, doubleIf(h, BASELINE_VALUE, baselineValue, i),
                        longIf(h, BASELINE_NUMERATOR, baselineNumerator, i),
                        longIf(h, BASELINE_DENOMINATOR, baselineDenominator, i), doubleIf(h, ABSOLUTE, absolute, i),
                        doubleIf(h, PERCENT, percent, i), doubleIf(h, POINTS, points, i),
                        doubleIf(h, P_VALUE, pValue, i), (h & SIGNIFICANT) != 0));
        return new IndicatorRow(indicator[i], j.code(), j.name(), j.level(), period, group[i],
                doubleIf(h, VALUE, value, i), longIf(h, NUMERATOR, numerator, i),
                longIf(h, DENOMINATOR, denominator, i), Optional.ofNullable(interval[i]), change,
                Flag.setOf(flags[i]));
    }

    private static OptionalDouble doubleIf(int has, int bit, double[] column, int i) {
        return (has & bit) != 0 ? Optionals.of(column[i]) : OptionalDouble.empty();
    }

    private static OptionalLong longIf(int has, int bit, long[] column, int i) {
        return (has & bit) != 0 ? Optionals.of(column[i]) : OptionalLong.empty();
    }
}
