package org.communitysafety.indicators;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.RandomAccess;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.IntervalMethod;

/**
 * The rows of one computation packed as primitives — a fixed number of {@code long}s a row, one
 * row after the other, in blocks — and handed out as {@link IndicatorRow}s, each made when it is
 * read: the list a computation's {@link Results} hold. Every figure, interval and test is
 * computed when the row is set; reading row i only wraps them, so two reads give equal rows.
 *
 * <p>Why: a row object with its optionals and its change is about 150 bytes in a dozen objects,
 * and a catalogue's million and a half of them were copied by the collector from one survivor
 * space to the next while the catalogue was computed (pauses of 100–200 ms, several a catalogue
 * at 10M incidents, nearly half its wall time). Packed, a row is 56 bytes (112 with a change) that
 * the collector does not copy, written in one sequential stream: the same fields in a column
 * each (a dozen arrays written at once) took six times as long to write.
 *
 * <p>A row's longs: 0 — unit index (high 32 bits), the group's {@link Selector#ordinal()} (24 bits)
 * and the indicator's ordinal (8 bits); 1 — the {@link Flag#bit()}s (high 32 bits), the interval's
 * {@link IntervalMethod#ordinal()} (8 bits) and what the row holds (the bits below); 2 — value;
 * 3 — numerator; 4 — denominator; 5, 6 — the interval's limits; and with a baseline 7 — the
 * baseline's value, 8 — its numerator, 9 — its denominator, 10 — the absolute change, 11 — the
 * percent change, 12 — the change in points, 13 — the p-value. Doubles are kept by their raw
 * bits, so they come back bit for bit.
 *
 * <p>Filled by {@link RowBuilder}, each row once, by one thread per row (the catalogue's tasks
 * write disjoint ranges and are joined before the list is published); unmodifiable and safe to
 * share between threads after that.
 */
final class PackedRows extends AbstractList<IndicatorRow> implements RandomAccess, Results.Keys {

    // what a row holds: bits of its second long
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
    static final int INTERVAL = 1 << 12;
    private static final int METHOD_SHIFT = 16;

    /** Rows a block: 2¹⁵, 1.75 or 3.5 MB. */
    private static final int BLOCK_SHIFT = 15;
    private static final int BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;
    /** Groups are kept in 24 bits. */
    private static final int MAX_GROUPS = 1 << 24;

    private static final Indicator[] INDICATORS = Indicator.values();
    private static final IntervalMethod[] METHODS = IntervalMethod.values();

    private final JurisdictionTree tree;
    /** The selectors the rows' groups are of: a row keeps its selector's ordinal in its indicator's list. */
    private final Selector.All selectors;
    private final Period period;
    /** The baseline, or null when the rows have no comparison (then a row has no change longs). */
    private final Period baseline;
    /** The level of every interval (checked as they are set). */
    private final double confidence;
    private final int size;
    /** Longs a row. */
    private final int stride;
    private final long[][] blocks;

    /**
     * Room for {@code size} rows of units of {@code tree} and groups of {@code selectors} in
     * {@code period}, compared with {@code baseline} (null: none), with intervals at the level
     * {@code confidence}.
     */
    PackedRows(JurisdictionTree tree, Selector.All selectors, Period period, Period baseline, double confidence,
            int size) {
        this.tree = tree;
        this.selectors = selectors;
        this.period = period;
        this.baseline = baseline;
        this.confidence = confidence;
        this.size = size;
        this.stride = baseline == null ? 7 : 14;
        for (List<Selector> groups : List.of(selectors.taxonomy(), selectors.disputes(), selectors.outreach())) {
            Check.argument(groups.size() <= MAX_GROUPS, "%d groups, more than the %d rows can hold", groups.size(),
                    MAX_GROUPS);
        }
        int count = (int) (((long) size + BLOCK_MASK) >>> BLOCK_SHIFT);
        this.blocks = new long[count][];
        for (int k = 0; k < count; k++) {
            int rows = Math.min(1 << BLOCK_SHIFT, size - (k << BLOCK_SHIFT));
            blocks[k] = new long[rows * stride];
        }
    }

    /**
     * Sets row i's own figures; {@code holds} says which of value, numerator and denominator it
     * has (the others are ignored), {@code interval} null for none. Its change, if any, is set by
     * {@link #change} afterwards.
     */
    void set(int i, Indicator indicator, int unit, Selector group, int flags, int holds, double value, long numerator,
            long denominator, Interval interval) {
        long[] b = blocks[i >>> BLOCK_SHIFT];
        int k = (i & BLOCK_MASK) * stride;
        b[k] = (long) unit << 32 | (long) group.ordinal() << 8 | indicator.ordinal();
        if (interval != null) {
            if (interval.confidence() != confidence) {
                throw new IllegalArgumentException("an interval at " + interval.confidence()
                        + " among rows at " + confidence);
            }
            holds |= INTERVAL | interval.method().ordinal() << METHOD_SHIFT;
            b[k + 5] = Double.doubleToRawLongBits(interval.lower());
            b[k + 6] = Double.doubleToRawLongBits(interval.upper());
        }
        b[k + 1] = (long) flags << 32 | holds;
        b[k + 2] = Double.doubleToRawLongBits(value);
        b[k + 3] = numerator;
        b[k + 4] = denominator;
    }

    /** Sets row i's change, which must come after {@link #set}: {@code figures.holds()} says which figures it has. */
    void change(int i, ChangeFigures figures) {
        change(i, figures.holds(), figures.baselineValue(), figures.baselineNumerator(), figures.baselineDenominator(),
                figures.absolute(), figures.percent(), figures.points(), figures.pValue());
    }

    /** Sets row i's change, which must come after {@link #set}: {@code holds} says which figures it has. */
    void change(int i, int holds, double baselineValue, long baselineNumerator, long baselineDenominator,
            double absolute, double percent, double points, double pValue) {
        long[] b = blocks[i >>> BLOCK_SHIFT];
        int k = (i & BLOCK_MASK) * stride;
        b[k + 1] |= CHANGE | holds;
        b[k + 7] = Double.doubleToRawLongBits(baselineValue);
        b[k + 8] = baselineNumerator;
        b[k + 9] = baselineDenominator;
        b[k + 10] = Double.doubleToRawLongBits(absolute);
        b[k + 11] = Double.doubleToRawLongBits(percent);
        b[k + 12] = Double.doubleToRawLongBits(points);
        b[k + 13] = Double.doubleToRawLongBits(pValue);
    }

    /** Row i's change, withheld: only its baseline period is known ({@link Change#withheld}). */
    void withheldChange(int i) {
        blocks[i >>> BLOCK_SHIFT][(i & BLOCK_MASK) * stride + 1] |= CHANGE;
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

    /** Row i, made from its longs. */
    @Override
    public IndicatorRow get(int i) {
        Objects.checkIndex(i, size);
        long[] b = blocks[i >>> BLOCK_SHIFT];
        int k = (i & BLOCK_MASK) * stride;
        long id = b[k];
        int h = (int) b[k + 1];
        Jurisdiction unit = unitOf(id);
        Optional<Interval> interval = (h & INTERVAL) == 0 ? Optional.empty()
                : Optional.of(new Interval(Double.longBitsToDouble(b[k + 5]), Double.longBitsToDouble(b[k + 6]),
                        METHODS[(h >>> METHOD_SHIFT) & 0xFF], confidence));
        Optional<Change> change = (h & CHANGE) == 0 ? Optional.empty()
                : Optional.of(new Change(baseline, doubleIf(h, BASELINE_VALUE, b[k + 7]),
                        longIf(h, BASELINE_NUMERATOR, b[k + 8]), longIf(h, BASELINE_DENOMINATOR, b[k + 9]),
                        doubleIf(h, ABSOLUTE, b[k + 10]), doubleIf(h, PERCENT, b[k + 11]),
                        doubleIf(h, POINTS, b[k + 12]), doubleIf(h, P_VALUE, b[k + 13]), (h & SIGNIFICANT) != 0));
        return new IndicatorRow(indicatorOf(id), unit.code(), unit.name(), unit.level(), period, groupOf(id),
                doubleIf(h, VALUE, b[k + 2]), longIf(h, NUMERATOR, b[k + 3]), longIf(h, DENOMINATOR, b[k + 4]),
                interval, change, Flag.setOf((int) (b[k + 1] >>> 32)));
    }

    // the fields a look-up compares, read without making the row (Results.Keys)

    @Override
    public String unit(int i) {
        return unitOf(id(i)).code();
    }

    @Override
    public Indicator indicator(int i) {
        return indicatorOf(id(i));
    }

    @Override
    public Group group(int i) {
        return groupOf(id(i));
    }

    @Override
    public Level level(int i) {
        return unitOf(id(i)).level();
    }

    // a row's longs as they are, for a writer that formats them without making the row (ResultsFormat)

    /** The block that holds row i's longs, from {@link #offsetOf}: the layout of the class comment. */
    long[] blockOf(int i) {
        Objects.checkIndex(i, size);
        return blocks[i >>> BLOCK_SHIFT];
    }

    /** Where row i's longs start in {@link #blockOf}. */
    int offsetOf(int i) {
        return (i & BLOCK_MASK) * stride;
    }

    /** The period of every row. */
    Period period() {
        return period;
    }

    /** The baseline of every row's change; only for rows that have one ({@link #CHANGE}). */
    Period baseline() {
        return baseline;
    }

    /** Row i's first long: its unit, group and indicator. */
    private long id(int i) {
        Objects.checkIndex(i, size);
        return blocks[i >>> BLOCK_SHIFT][(i & BLOCK_MASK) * stride];
    }

    /** The unit of a row's first long. */
    Jurisdiction unitOf(long id) {
        return tree.unit((int) (id >>> 32));
    }

    /** The indicator of a row's first long. */
    static Indicator indicatorOf(long id) {
        return INDICATORS[(int) (id & 0xFF)];
    }

    /** The group of a row's first long. */
    Group groupOf(long id) {
        return selectors.of(indicatorOf(id)).get((int) (id >>> 8) & (MAX_GROUPS - 1)).group();
    }

    private static OptionalDouble doubleIf(int has, int bit, long bits) {
        return (has & bit) != 0 ? Optionals.of(Double.longBitsToDouble(bits)) : OptionalDouble.empty();
    }

    private static OptionalLong longIf(int has, int bit, long value) {
        return (has & bit) != 0 ? Optionals.of(value) : OptionalLong.empty();
    }
}
