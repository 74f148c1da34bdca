package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.DisputeType;

/**
 * The dispute figures of a set of periods for every (unit, period, type): the partial
 * aggregate that the dispute indicators (调结率, 调解成功率, 存量, 陈年纠纷, 办结时间) are computed
 * from, and that partitions, threads or machines combine. The measures are defined exactly in
 * {@link DisputeMeasure}.
 *
 * <h2>Laws</h2>
 * <ul>
 *   <li>{@link #plus} is associative and commutative, and {@link #empty} is its identity, so
 *       aggregating parts of the input in any split and adding the parts gives the cube of the
 *       whole (tested as properties).</li>
 *   <li>{@link #rollUp} makes every unit's figures the exact sum of its own records' and its
 *       descendants'; it is linear, so it commutes with {@link #plus}.</li>
 *   <li>For every (unit, period, type): {@code OPENING_BACKLOG + RECEIVED − CONCLUDED =
 *       CLOSING_BACKLOG}; both operations keep it.</li>
 * </ul>
 *
 * <h2>Contents</h2>
 * Every {@link DisputeMeasure} for every (unit, period, type), and, for every (unit, period),
 * the exact distribution of days from received to closed of the disputes concluded in the
 * period. Memory: 8 bytes × 9 measures × units × periods × 10 types, e.g. 9 × 3,500 × 2 × 10 ×
 * 8 = 5 MB for a city's year and its baseline. Sums are exact: an overflow throws.
 *
 * <p>Immutable and thread-safe.
 */
public final class DisputeCube {
    /** The kind name of dispute cubes in their serialised forms. */
    static final String KIND = "disputes";

    private final int units;
    private final PeriodIndex periods;
    private final boolean rolledUp;
    /** By measure ordinal. Index: (unit × periods + period) × types + type. */
    private final long[][] measures;
    /** The days-to-close distribution of (unit, period) key k is days/counts[offsets[k] .. offsets[k + 1]). */
    private final int[] distOffsets;
    private final int[] distDays;
    private final long[] distCounts;

    DisputeCube(int units, PeriodIndex periods, boolean rolledUp, long[][] measures, int[] distOffsets,
            int[] distDays, long[] distCounts) {
        this.units = units;
        this.periods = periods;
        this.rolledUp = rolledUp;
        this.measures = measures;
        this.distOffsets = distOffsets;
        this.distDays = distDays;
        this.distCounts = distCounts;
    }

    /** The cube of no disputes: the identity of {@link #plus}. */
    public static DisputeCube empty(int units, PeriodIndex periods) {
        Objects.requireNonNull(periods, "periods");
        long[][] m = Grid.zeros(DisputeMeasure.ALL.length, units, periods.size(), DisputeStore.TYPES);
        return new DisputeCube(units, periods, false, m, new int[units * periods.size() + 1], new int[0],
                new long[0]);
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** The periods. */
    public PeriodIndex periods() {
        return periods;
    }

    /** The number of types, {@link DisputeStore#TYPES}: type {@code t} is {@code DisputeType.values()[t]}. */
    public int types() {
        return DisputeStore.TYPES;
    }

    /** Whether {@link #rollUp} has been applied. */
    public boolean isRolledUp() {
        return rolledUp;
    }

    private int cell(int unit, int period, int type) {
        return Grid.cell(units, periods.size(), DisputeStore.TYPES, "type", unit, period, type);
    }

    private long[] column(DisputeMeasure measure) {
        return measures[Objects.requireNonNull(measure, "measure").ordinal()];
    }

    /** A measure of one (unit, period, type), the type given by its ordinal. */
    public long get(DisputeMeasure measure, int unit, int period, int type) {
        return column(measure)[cell(unit, period, type)];
    }

    /** A measure of one (unit, period, type). */
    public long get(DisputeMeasure measure, int unit, int period, DisputeType type) {
        return get(measure, unit, period, Objects.requireNonNull(type, "type").ordinal());
    }

    /** A measure of one (unit, period), summed over the types where {@code typeMask} (by ordinal) is true. */
    public long sum(DisputeMeasure measure, int unit, int period, boolean[] typeMask) {
        Grid.checkMask(typeMask, DisputeStore.TYPES, "types");
        return Grid.sum(column(measure), cell(unit, period, 0), typeMask);
    }

    /** A measure of one (unit, period), summed over every type. */
    public long total(DisputeMeasure measure, int unit, int period) {
        return Grid.total(column(measure), cell(unit, period, 0), DisputeStore.TYPES);
    }

    /**
     * The exact distribution of days from received to closed of the disputes of {@code unit}
     * concluded in {@code period} (all types): its count is {@code total(CONCLUDED, unit,
     * period)}, and its median is the period's 办结时间.
     */
    public DayDistribution daysToClose(int unit, int period) {
        cell(unit, period, 0);
        int key = unit * periods.size() + period;
        int from = distOffsets[key];
        int to = distOffsets[key + 1];
        return from == to ? DayDistribution.empty()
                : DayDistribution.of(Arrays.copyOfRange(distDays, from, to), Arrays.copyOfRange(distCounts, from, to));
    }

    /** The sum of this cube and {@code other}, which must have the same shape and roll-up state. */
    public DisputeCube plus(DisputeCube other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && periods.equals(other.periods),
                "cubes of different shapes cannot be added: (%d units, %s) and (%d units, %s)", units,
                periods.periods(), other.units, other.periods.periods());
        Check.argument(rolledUp == other.rolledUp, "a rolled-up cube and one that is not cannot be added");
        long[][] m = Grid.add(measures, other.measures);
        IncidentCube.DistributionBuilder d = new IncidentCube.DistributionBuilder(distOffsets.length - 1,
                distDays.length + other.distDays.length);
        for (int key = 0; key + 1 < distOffsets.length; key++) {
            d.mergeKey(distDays, distCounts, distOffsets[key], distOffsets[key + 1], other.distDays, other.distCounts,
                    other.distOffsets[key], other.distOffsets[key + 1]);
        }
        return new DisputeCube(units, periods, rolledUp, m, d.offsets, d.days(), d.counts());
    }

    /**
     * The cube in which every unit's figures include its descendants': one pass over the units
     * in dense-index order, adding each to its parent (children come before parents).
     *
     * @throws IllegalStateException if already rolled up (that would count descendants twice)
     */
    public DisputeCube rollUp(JurisdictionTree tree) {
        Objects.requireNonNull(tree, "tree");
        Check.state(!rolledUp, "the dispute cube is already rolled up; rolling it up again would count every "
                + "descendant twice");
        Check.argument(tree.size() == units, "the tree has %d units; the cube %d", tree.size(), units);
        long[][] m = Grid.rollUp(measures, tree, periods.size() * DisputeStore.TYPES);
        // distributions: each unit's own plus its children's rolled-up ones, children first
        int pc = periods.size();
        DayDistribution[] rolled = new DayDistribution[units * pc];
        for (int u = 0; u < units; u++) {
            for (int p = 0; p < pc; p++) {
                DayDistribution d = daysToClose(u, p);
                for (int child : tree.children(u)) {
                    d = d.plus(rolled[child * pc + p]);
                }
                rolled[u * pc + p] = d;
            }
        }
        IncidentCube.DistributionBuilder b = new IncidentCube.DistributionBuilder(units * pc, distDays.length * 2);
        for (DayDistribution d : rolled) {
            b.appendKey(d);
        }
        return new DisputeCube(units, periods, true, m, b.offsets, b.days(), b.counts());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisputeCube c && units == c.units && periods.equals(c.periods) && rolledUp == c.rolledUp
                && Arrays.deepEquals(measures, c.measures) && Arrays.equals(distOffsets, c.distOffsets)
                && Arrays.equals(distDays, c.distDays) && Arrays.equals(distCounts, c.distCounts);
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
        String shape = "DisputeCube[" + units + " units × " + periods.size() + " periods × " + DisputeStore.TYPES
                + " types";
        if (rolledUp) {
            return shape + ", rolled up]";
        }
        Map<DisputeMeasure, Long> totals = new EnumMap<>(DisputeMeasure.class);
        for (DisputeMeasure m : DisputeMeasure.ALL) {
            totals.put(m, Arrays.stream(measures[m.ordinal()]).sum());
        }
        return shape + ", totals " + totals + "]";
    }

    /** The raw parts, shared, for the codecs in this package; {@code detail} is always true. */
    CubeParts parts() {
        return new CubeParts(KIND, units, periods, DisputeStore.TYPES, true, rolledUp, measures, distOffsets,
                distDays, distCounts);
    }

    /** A cube from parts a codec has read: the kind, the shape and the CSR arrays' lengths are checked. */
    static DisputeCube fromParts(CubeParts p) {
        Check.argument(p.kind().equals(KIND), "not a dispute cube: %s", p.kind());
        Check.argument(p.width() == DisputeStore.TYPES, "a dispute cube has %d types, not %d", DisputeStore.TYPES,
                p.width());
        Check.argument(p.detail(), "a dispute cube always has detail");
        int cells = Math.multiplyExact(Math.multiplyExact(p.units(), p.periods().size()), p.width());
        Check.argument(p.measures().length == DisputeMeasure.ALL.length, "a dispute cube has %d measures, not %d",
                DisputeMeasure.ALL.length, p.measures().length);
        for (long[] m : p.measures()) {
            Check.argument(m.length == cells, "a measure has %d cells, not %d", m.length, cells);
        }
        int keys = p.units() * p.periods().size();
        int[] offsets = p.distOffsets();
        Check.argument(offsets.length == keys + 1 && offsets[0] == 0 && offsets[keys] == p.distDays().length
                        && p.distCounts().length == p.distDays().length,
                "the distributions' arrays (%d offsets, %d days, %d counts) do not fit %d (unit, period) keys",
                offsets.length, p.distDays().length, p.distCounts().length, keys);
        return new DisputeCube(p.units(), p.periods(), p.rolledUp(), p.measures(), offsets, p.distDays(),
                p.distCounts());
    }
}
