package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;

/**
 * The incident figures of a set of periods for every (unit, period, category): the partial
 * aggregate that the indicators are computed from, and that partitions, threads or machines
 * combine.
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
 * Every {@link IncidentMeasure} for every (unit, period, category) — or only {@link
 * IncidentMeasure#COUNT} when aggregated {@linkplain IncidentAccumulator#countsOnly counts
 * only}, or only the {@linkplain #measures() measures asked for} when aggregated with {@link
 * IncidentAccumulator#of(int, int, PeriodIndex, Set)} — and, when it holds {@link
 * IncidentMeasure#CLEARANCES}, for every (unit, period) the exact distribution of days to clear
 * of the incidents cleared in the period. Reading a measure the cube does not hold ({@link #get},
 * {@link #sum}, {@link #total}, {@link #daysToClear}) throws {@link IllegalStateException}
 * naming the measures it holds: an absent measure is never read as zeros. Memory: 8 bytes ×
 * measures × units × periods × categories, e.g. 7 × 3,500 × 2 × 18 × 8 = 7 MB for a city's year
 * and its baseline.
 *
 * <p>Immutable and thread-safe.
 */
public final class IncidentCube {
    private final int units;
    private final PeriodIndex periods;
    private final int categories;
    /** Bit {@code m.ordinal()} for each measure held. */
    private final int mask;
    private final boolean rolledUp;
    /**
     * The measures held, in ordinal order (all seven with detail, only COUNT for counts only).
     * Index: (unit × periods + period) × categories + category.
     */
    private final long[][] measures;
    /** The days-to-clear distribution of (unit, period) key k is days/counts[offsets[k] .. offsets[k + 1]). */
    private final int[] distOffsets;
    private final int[] distDays;
    private final long[] distCounts;

    /** Bits of every measure: a cube with detail. */
    static final int ALL = (1 << IncidentMeasure.ALL.length) - 1;
    /** The bit of COUNT alone: a counts-only cube. */
    static final int COUNT_ONLY = 1 << IncidentMeasure.COUNT.ordinal();

    IncidentCube(int units, PeriodIndex periods, int categories, boolean detail, boolean rolledUp, long[][] measures,
            int[] distOffsets, int[] distDays, long[] distCounts) {
        this(units, periods, categories, detail ? ALL : COUNT_ONLY, rolledUp, measures, distOffsets, distDays,
                distCounts);
    }

    IncidentCube(int units, PeriodIndex periods, int categories, int mask, boolean rolledUp, long[][] measures,
            int[] distOffsets, int[] distDays, long[] distCounts) {
        assert measures.length == Integer.bitCount(mask) && (mask & COUNT_ONLY) != 0;
        this.units = units;
        this.periods = periods;
        this.categories = categories;
        this.mask = mask;
        this.rolledUp = rolledUp;
        this.measures = measures;
        this.distOffsets = distOffsets;
        this.distDays = distDays;
        this.distCounts = distCounts;
    }

    /** The cube of no incidents: the identity of {@link #plus}. */
    public static IncidentCube empty(int units, PeriodIndex periods, int categories, boolean detail) {
        return empty(units, periods, categories, detail ? ALL : COUNT_ONLY);
    }

    /**
     * The cube of no incidents holding {@code measures} (which must include {@code COUNT}): the
     * identity of {@link #plus} for the cubes of {@link IncidentAccumulator#of(int, int,
     * PeriodIndex, Set)} with the same measures.
     */
    public static IncidentCube empty(int units, PeriodIndex periods, int categories, Set<IncidentMeasure> measures) {
        return empty(units, periods, categories, maskOf(measures));
    }

    private static IncidentCube empty(int units, PeriodIndex periods, int categories, int mask) {
        Objects.requireNonNull(periods, "periods");
        Check.argument(units >= 0 && categories > 0, "units (%d) must be ≥ 0 and categories (%d) > 0", units,
                categories);
        long[][] m = Grid.zeros(Integer.bitCount(mask), units, periods.size(), categories);
        int keys = units * periods.size();
        return new IncidentCube(units, periods, categories, mask, false, m,
                new int[hasDistributions(mask) ? keys + 1 : 1], new int[0], new long[0]);
    }

    /**
     * The bits of a set of measures, checked: not empty, with {@code COUNT} (every cube counts
     * its incidents; shares and rates need it).
     */
    static int maskOf(Set<IncidentMeasure> measures) {
        Objects.requireNonNull(measures, "measures");
        int mask = 0;
        for (IncidentMeasure m : measures) {
            mask |= 1 << Objects.requireNonNull(m, "measures contains null").ordinal();
        }
        Check.argument((mask & COUNT_ONLY) != 0, "the measures %s must include COUNT", measures);
        return mask;
    }

    static boolean hasDistributions(int mask) {
        return (mask & (1 << IncidentMeasure.CLEARANCES.ordinal())) != 0;
    }

    static java.util.EnumSet<IncidentMeasure> setOf(int mask) {
        java.util.EnumSet<IncidentMeasure> set = java.util.EnumSet.noneOf(IncidentMeasure.class);
        for (IncidentMeasure m : IncidentMeasure.ALL) {
            if ((mask & (1 << m.ordinal())) != 0) {
                set.add(m);
            }
        }
        return set;
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** The periods. */
    public PeriodIndex periods() {
        return periods;
    }

    /** The number of categories. */
    public int categories() {
        return categories;
    }

    /** Whether every measure and the distributions are held, not just some. */
    public boolean hasDetail() {
        return mask == ALL;
    }

    /**
     * The measures this cube holds, in ordinal order: all of them with detail, {@code [COUNT]}
     * for counts only. The days-to-clear distributions are held with {@code CLEARANCES}.
     */
    public java.util.EnumSet<IncidentMeasure> measures() {
        return setOf(mask);
    }

    /** Whether this cube holds {@code measure}. */
    public boolean has(IncidentMeasure measure) {
        return (mask & (1 << Objects.requireNonNull(measure, "measure").ordinal())) != 0;
    }

    /** Whether {@link #rollUp} has been applied. */
    public boolean isRolledUp() {
        return rolledUp;
    }

    private int cell(int unit, int period, int category) {
        return Grid.cell(units, periods.size(), categories, "category", unit, period, category);
    }

    private long[] column(IncidentMeasure measure) {
        if (!has(measure)) {
            throw new IllegalStateException(mask == COUNT_ONLY
                    ? "this cube holds counts only; aggregate with detail for " + measure
                    : "this cube holds " + setOf(mask) + " only, not " + measure + "; aggregate with " + measure
                            + " among the measures to read it");
        }
        return measures[Integer.bitCount(mask & ((1 << measure.ordinal()) - 1))];
    }

    /** A measure of one (unit, period, category). */
    public long get(IncidentMeasure measure, int unit, int period, int category) {
        return column(measure)[cell(unit, period, category)];
    }

    /** A measure of one (unit, period), summed over the categories where {@code mask} is true. */
    public long sum(IncidentMeasure measure, int unit, int period, boolean[] mask) {
        Grid.checkMask(mask, categories, "categories");
        return Grid.sum(column(measure), cell(unit, period, 0), mask);
    }

    /** A measure of one (unit, period), summed over every category. */
    public long total(IncidentMeasure measure, int unit, int period) {
        long[] col = column(measure);
        int base = cell(unit, period, 0);
        long s = 0;
        for (int c = 0; c < categories; c++) {
            s += col[base + c];
        }
        return s;
    }

    /** Incidents of (unit, period, category): {@code get(COUNT, ...)}. */
    public long count(int unit, int period, int category) {
        return get(IncidentMeasure.COUNT, unit, period, category);
    }

    /**
     * The exact distribution of days from occurrence to clearance of the incidents of
     * {@code unit} cleared in {@code period} (all categories).
     */
    public DayDistribution daysToClear(int unit, int period) {
        column(IncidentMeasure.CLEARANCES);
        cell(unit, period, 0);
        int key = unit * periods.size() + period;
        int from = distOffsets[key];
        int to = distOffsets[key + 1];
        return from == to ? DayDistribution.empty()
                : DayDistribution.of(Arrays.copyOfRange(distDays, from, to), Arrays.copyOfRange(distCounts, from, to));
    }

    /**
     * The sum of this cube and {@code other}, which must have the same shape and the same
     * detail and roll-up state.
     */
    public IncidentCube plus(IncidentCube other) {
        checkSameShape(other);
        long[][] m = Grid.add(measures, other.measures);
        if (!hasDistributions(mask)) {
            return new IncidentCube(units, periods, categories, mask, rolledUp, m, distOffsets, distDays, distCounts);
        }
        DistributionBuilder d = new DistributionBuilder(distOffsets.length - 1, distDays.length + other.distDays.length);
        for (int key = 0; key + 1 < distOffsets.length; key++) {
            d.mergeKey(distDays, distCounts, distOffsets[key], distOffsets[key + 1], other.distDays, other.distCounts,
                    other.distOffsets[key], other.distOffsets[key + 1]);
        }
        return new IncidentCube(units, periods, categories, mask, rolledUp, m, d.offsets, d.days(), d.counts());
    }

    private void checkSameShape(IncidentCube other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && categories == other.categories && periods.equals(other.periods),
                "cubes of different shapes cannot be added: (%d units, %s, %d categories) and (%d units, %s, %d "
                        + "categories)", units, periods.periods(), categories, other.units, other.periods.periods(),
                other.categories);
        if (mask != other.mask) {
            boolean detailAndCounts = (mask == ALL && other.mask == COUNT_ONLY)
                    || (mask == COUNT_ONLY && other.mask == ALL);
            throw new IllegalArgumentException(detailAndCounts
                    ? "a cube with detail and one with counts only cannot be added"
                    : "a cube of " + setOf(mask) + " and one of " + setOf(other.mask) + " cannot be added");
        }
        Check.argument(rolledUp == other.rolledUp, "a rolled-up cube and one that is not cannot be added");
    }

    /**
     * The cube in which every unit's figures include its descendants': one pass over the units
     * in dense-index order, adding each to its parent (children come before parents).
     *
     * @throws IllegalStateException if already rolled up (that would count descendants twice)
     */
    public IncidentCube rollUp(JurisdictionTree tree) {
        Objects.requireNonNull(tree, "tree");
        Check.state(!rolledUp, "the cube is already rolled up");
        Check.argument(tree.size() == units, "the tree has %d units; the cube %d", tree.size(), units);
        long[][] m = Grid.rollUp(measures, tree, periods.size() * categories);
        if (!hasDistributions(mask)) {
            return new IncidentCube(units, periods, categories, mask, true, m, distOffsets, distDays, distCounts);
        }
        // distributions: each unit's own plus its children's rolled-up ones, children first (so
        // theirs are already written), added in a dense array over days and read back in order
        int pc = periods.size();
        int maxDay = 0;
        for (int day : distDays) {
            maxDay = Math.max(maxDay, day);
        }
        long[] dense = new long[maxDay + 1];
        int[] touched = new int[64];
        DistributionBuilder b = new DistributionBuilder(units * pc, distDays.length * 2);
        for (int u = 0; u < units; u++) {
            int[] children = tree.children(u);
            for (int p = 0; p < pc; p++) {
                int key = u * pc + p;
                int t = 0;
                for (int i = distOffsets[key]; i < distOffsets[key + 1]; i++) {
                    int day = distDays[i];
                    if (dense[day] == 0) {
                        touched = grow(touched, t);
                        touched[t++] = day;
                    }
                    dense[day] += distCounts[i];
                }
                for (int child : children) {
                    int ck = child * pc + p;
                    for (int i = b.offsets[ck]; i < b.offsets[ck + 1]; i++) {
                        int day = b.day(i);
                        if (dense[day] == 0) {
                            touched = grow(touched, t);
                            touched[t++] = day;
                        }
                        dense[day] = Math.addExact(dense[day], b.count(i));
                    }
                }
                Arrays.sort(touched, 0, t);
                for (int i = 0; i < t; i++) {
                    b.add(touched[i], dense[touched[i]]);
                    dense[touched[i]] = 0;
                }
                b.endKey();
            }
        }
        return new IncidentCube(units, periods, categories, mask, true, m, b.offsets, b.days(), b.counts());
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IncidentCube c)) {
            return false;
        }
        return units == c.units && categories == c.categories && periods.equals(c.periods) && mask == c.mask
                && rolledUp == c.rolledUp && Arrays.deepEquals(measures, c.measures)
                && Arrays.equals(distOffsets, c.distOffsets) && Arrays.equals(distDays, c.distDays)
                && Arrays.equals(distCounts, c.distCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, categories, periods, mask, rolledUp, Arrays.deepHashCode(measures));
    }

    /** A bounded summary: shape and the totals over every unit of each measure (not rolled up) or of the roots. */
    @Override
    public String toString() {
        Map<IncidentMeasure, Long> totals = new EnumMap<>(IncidentMeasure.class);
        for (IncidentMeasure m : IncidentMeasure.ALL) {
            if (has(m)) {
                totals.put(m, rolledUp ? -1 : Arrays.stream(column(m)).sum());
            }
        }
        return "IncidentCube[" + units + " units × " + periods.size() + " periods × " + categories + " categories"
                + (mask == ALL ? "" : mask == COUNT_ONLY ? ", counts only" : ", measures " + setOf(mask)) + (rolledUp ? ", rolled up" : ", totals " + totals) + "]";
    }

    /** The kind name of incident cubes in their serialised forms. */
    static final String KIND = "incidents";

    /** The raw parts, shared, for the codecs in this package. */
    CubeParts parts() {
        Check.state(mask == ALL || mask == COUNT_ONLY, "a cube of %s cannot be serialised: the binary and JSON forms "
                + "(format version %d) hold every measure or counts only", setOf(mask), CubeCodec.FORMAT_VERSION);
        return new CubeParts(KIND, units, periods, categories, mask == ALL, rolledUp, measures, distOffsets, distDays,
                distCounts);
    }

    /** A cube from parts a codec has read and checked. */
    static IncidentCube fromParts(CubeParts p) {
        Check.argument(p.kind().equals(KIND), "not an incident cube: %s", p.kind());
        int cells = Math.multiplyExact(Math.multiplyExact(p.units(), p.periods().size()), p.width());
        Check.argument(p.measures().length == (p.detail() ? IncidentMeasure.ALL.length : 1),
                "an incident cube has %d measures, not %d", p.detail() ? IncidentMeasure.ALL.length : 1,
                p.measures().length);
        for (long[] m : p.measures()) {
            Check.argument(m.length == cells, "a measure has %d cells, not %d", m.length, cells);
        }
        int keys = p.detail() ? p.units() * p.periods().size() : 0;
        Check.argument(p.distOffsets().length == keys + 1, "an incident cube has %d distribution offsets, not %d",
                keys + 1, p.distOffsets().length);
        return new IncidentCube(p.units(), p.periods(), p.width(), p.detail(), p.rolledUp(), p.measures(),
                p.distOffsets(), p.distDays(), p.distCounts());
    }

    /** Builds CSR distribution arrays key by key. */
    static final class DistributionBuilder {
        final int[] offsets;
        private int[] days;
        private long[] counts;
        private int n;
        private int key;

        DistributionBuilder(int keys, int capacity) {
            offsets = new int[keys + 1];
            days = new int[Math.max(16, capacity)];
            counts = new long[days.length];
        }

        private void ensure(int more) {
            if (n + more > days.length) {
                int cap = Math.max(n + more, days.length * 2);
                days = Arrays.copyOf(days, cap);
                counts = Arrays.copyOf(counts, cap);
            }
        }

        /** Appends one value with a count to the current key; values must not decrease. */
        void add(int day, long count) {
            if (n > offsets[key] && days[n - 1] == day) {
                counts[n - 1] += count;
                return;
            }
            ensure(1);
            days[n] = day;
            counts[n++] = count;
        }

        /** Closes the current key and moves to the next. */
        void endKey() {
            offsets[++key] = n;
        }

        void appendKey(DayDistribution d) {
            int[] ds = d.days();
            long[] cs = d.counts();
            for (int i = 0; i < ds.length; i++) {
                add(ds[i], cs[i]);
            }
            endKey();
        }

        void mergeKey(int[] aDays, long[] aCounts, int aFrom, int aTo, int[] bDays, long[] bCounts, int bFrom,
                int bTo) {
            int i = aFrom;
            int j = bFrom;
            while (i < aTo || j < bTo) {
                if (j == bTo || (i < aTo && aDays[i] <= bDays[j])) {
                    add(aDays[i], aCounts[i]);
                    i++;
                } else {
                    add(bDays[j], bCounts[j]);
                    j++;
                }
            }
            endKey();
        }

        int[] days() {
            return Arrays.copyOf(days, n);
        }

        /** The value of entry {@code i} written so far. */
        int day(int i) {
            return days[i];
        }

        /** The count of entry {@code i} written so far. */
        long count(int i) {
            return counts[i];
        }

        long[] counts() {
            return Arrays.copyOf(counts, n);
        }
    }
}
