package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.OutreachType;

/**
 * The outreach figures of a set of periods for every (unit, period, type): the partial
 * aggregate that the outreach indicators (场次, 人次, 覆盖率, 隐患整改率, 劝阻, 避免损失) are
 * computed from, and that partitions, threads or machines combine. The measures are sums over
 * the sessions held in the period, see {@link OutreachMeasure}.
 *
 * <h2>Laws</h2>
 * <ul>
 *   <li>{@link #plus} is associative and commutative, and {@link #empty} is its identity, so
 *       aggregating parts of the input in any split and adding the parts gives the cube of the
 *       whole (tested as properties).</li>
 *   <li>{@link #rollUp} makes every unit's figures the exact sum of its own records' and its
 *       descendants'; it is linear, so it commutes with {@link #plus}.</li>
 * </ul>
 *
 * <h2>Contents</h2>
 * Every {@link OutreachMeasure} for every (unit, period, type); no distributions. Memory: 8
 * bytes × 10 measures × units × periods × 9 types, e.g. 10 × 3,500 × 12 × 9 × 8 = 30 MB for a
 * city's twelve months. Sums are exact: an overflow throws.
 *
 * <h2>Parts</h2>
 * In its {@link CubeParts} an outreach cube has kind {@code "outreach"}, width {@link
 * OutreachStore#TYPES}, {@code detail} true (every measure is held) and empty distributions in
 * the same CSR shape as a cube with detail: {@code units × periods + 1} offsets, all zero, and
 * no days or counts. {@link #fromParts} accepts exactly that.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutreachCube {
    /** The kind name of outreach cubes in their serialised forms. */
    static final String KIND = "outreach";

    private final int units;
    private final PeriodIndex periods;
    private final boolean rolledUp;
    /** By measure ordinal. Index: (unit × periods + period) × types + type. */
    private final long[][] measures;

    OutreachCube(int units, PeriodIndex periods, boolean rolledUp, long[][] measures) {
        this.units = units;
        this.periods = periods;
        this.rolledUp = rolledUp;
        this.measures = measures;
    }

    /** The cube of no sessions: the identity of {@link #plus}. */
    public static OutreachCube empty(int units, PeriodIndex periods) {
        Objects.requireNonNull(periods, "periods");
        long[][] m = Grid.zeros(OutreachMeasure.ALL.length, units, periods.size(), OutreachStore.TYPES);
        return new OutreachCube(units, periods, false, m);
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** The periods. */
    public PeriodIndex periods() {
        return periods;
    }

    /** The number of types, {@link OutreachStore#TYPES}: type {@code t} is {@code OutreachType.values()[t]}. */
    public int types() {
        return OutreachStore.TYPES;
    }

    /** Whether {@link #rollUp} has been applied. */
    public boolean isRolledUp() {
        return rolledUp;
    }

    private int cell(int unit, int period, int type) {
        return Grid.cell(units, periods.size(), OutreachStore.TYPES, "type", unit, period, type);
    }

    private long[] column(OutreachMeasure measure) {
        return measures[Objects.requireNonNull(measure, "measure").ordinal()];
    }

    /** A measure of one (unit, period, type), the type given by its ordinal. */
    public long get(OutreachMeasure measure, int unit, int period, int type) {
        return column(measure)[cell(unit, period, type)];
    }

    /** A measure of one (unit, period, type). */
    public long get(OutreachMeasure measure, int unit, int period, OutreachType type) {
        return get(measure, unit, period, Objects.requireNonNull(type, "type").ordinal());
    }

    /** A measure of one (unit, period), summed over the types where {@code typeMask} (by ordinal) is true. */
    public long sum(OutreachMeasure measure, int unit, int period, boolean[] typeMask) {
        Grid.checkMask(typeMask, OutreachStore.TYPES, "types");
        return Grid.sum(column(measure), cell(unit, period, 0), typeMask);
    }

    /** A measure of one (unit, period), summed over every type. */
    public long total(OutreachMeasure measure, int unit, int period) {
        return Grid.total(column(measure), cell(unit, period, 0), OutreachStore.TYPES);
    }

    /** The sum of this cube and {@code other}, which must have the same shape and roll-up state. */
    public OutreachCube plus(OutreachCube other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && periods.equals(other.periods),
                "cubes of different shapes cannot be added: (%d units, %s) and (%d units, %s)", units,
                periods.periods(), other.units, other.periods.periods());
        Check.argument(rolledUp == other.rolledUp, "a rolled-up cube and one that is not cannot be added");
        long[][] m = Grid.add(measures, other.measures);
        return new OutreachCube(units, periods, rolledUp, m);
    }

    /**
     * The cube in which every unit's figures include its descendants': one pass over the units
     * in dense-index order, adding each to its parent (children come before parents).
     *
     * @throws IllegalStateException if already rolled up (that would count descendants twice)
     */
    public OutreachCube rollUp(JurisdictionTree tree) {
        Objects.requireNonNull(tree, "tree");
        Check.state(!rolledUp, "the outreach cube is already rolled up; rolling it up again would count every "
                + "descendant twice");
        Check.argument(tree.size() == units, "the tree has %d units; the cube %d", tree.size(), units);
        long[][] m = Grid.rollUp(measures, tree, periods.size() * OutreachStore.TYPES);
        return new OutreachCube(units, periods, true, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutreachCube c && units == c.units && periods.equals(c.periods) && rolledUp == c.rolledUp
                && Arrays.deepEquals(measures, c.measures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, periods, rolledUp, Arrays.deepHashCode(measures));
    }

    /**
     * A bounded summary: the shape and, unless rolled up (when units would count more than
     * once), the total of each measure over every unit, period and type.
     */
    @Override
    public String toString() {
        String shape = "OutreachCube[" + units + " units × " + periods.size() + " periods × " + OutreachStore.TYPES
                + " types";
        if (rolledUp) {
            return shape + ", rolled up]";
        }
        Map<OutreachMeasure, Long> totals = new EnumMap<>(OutreachMeasure.class);
        for (OutreachMeasure m : OutreachMeasure.ALL) {
            totals.put(m, Arrays.stream(measures[m.ordinal()]).sum());
        }
        return shape + ", totals " + totals + "]";
    }

    /** The raw parts, shared, for the codecs in this package: see the class comment for the empty distributions. */
    CubeParts parts() {
        return new CubeParts(KIND, units, periods, OutreachStore.TYPES, true, rolledUp, measures,
                new int[units * periods.size() + 1], new int[0], new long[0]);
    }

    /** A cube from parts a codec has read: the kind, the shape and the empty distributions are checked. */
    static OutreachCube fromParts(CubeParts p) {
        Check.argument(p.kind().equals(KIND), "not an outreach cube: %s", p.kind());
        Check.argument(p.width() == OutreachStore.TYPES, "an outreach cube has %d types, not %d", OutreachStore.TYPES,
                p.width());
        Check.argument(p.detail(), "an outreach cube always has detail");
        int cells = Math.multiplyExact(Math.multiplyExact(p.units(), p.periods().size()), p.width());
        Check.argument(p.measures().length == OutreachMeasure.ALL.length, "an outreach cube has %d measures, not %d",
                OutreachMeasure.ALL.length, p.measures().length);
        for (long[] m : p.measures()) {
            Check.argument(m.length == cells, "a measure has %d cells, not %d", m.length, cells);
        }
        int keys = p.units() * p.periods().size();
        Check.argument(p.distOffsets().length == keys + 1 && Arrays.stream(p.distOffsets()).allMatch(o -> o == 0)
                        && p.distDays().length == 0 && p.distCounts().length == 0,
                "an outreach cube has no distributions: %d zero offsets and no days or counts, not %d offsets, %d "
                        + "days and %d counts", keys + 1, p.distOffsets().length, p.distDays().length,
                p.distCounts().length);
        return new OutreachCube(p.units(), p.periods(), p.rolledUp(), p.measures());
    }
}
