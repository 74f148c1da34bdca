package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * The figures of one {@linkplain RecordKind kind of record} over a set of periods for every
 * (unit, period, column), where the columns are the kind's type axis (incident categories,
 * dispute or outreach types): the partial aggregate the indicators are computed from, and that
 * partitions, threads or machines combine. One class for every kind; the measures are the
 * kind's enum ({@link IncidentMeasure}, {@link DisputeMeasure}, {@link OutreachMeasure}).
 *
 * <pre>{@code
 * Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(store, PeriodIndex.of(year, baseline), 2).rollUp(tree);
 * cube.total(IncidentMeasure.COUNT, tree, "330102", year);     // by unit code and period
 * cube.total(IncidentMeasure.COUNT, unit, 0);                   // by index, for hot loops
 * }</pre>
 *
 * <h2>Laws</h2>
 * <ul>
 *   <li>{@link #plus} is associative and commutative, and {@link #empty} is its identity, so
 *       aggregating parts of the input in any split and adding the parts gives the cube of the
 *       whole (tested as properties, for every kind).</li>
 *   <li>{@link #rollUp} makes every unit's figures the exact sum of its own records' and its
 *       descendants'; it is linear, so it commutes with {@link #plus}.</li>
 *   <li>Disputes: for every (unit, period, type), {@code OPENING_BACKLOG + RECEIVED − CONCLUDED =
 *       CLOSING_BACKLOG}; both operations keep it.</li>
 * </ul>
 *
 * <h2>Contents</h2>
 * Every measure of the kind for every (unit, period, column) — or only the {@linkplain
 * #measures() measures asked for} (incidents aggregated counts only, or with a set of measures);
 * the first measure (COUNT, RECEIVED, SESSIONS) is always held — and, when the kind has a
 * {@linkplain RecordKind#distributionMeasure() distribution measure} and the cube holds it, for
 * every (unit, period) the exact {@link DayDistribution} of days to clear (incidents) or to close
 * (disputes). Reading a measure the cube does not hold throws {@link IllegalStateException}
 * naming the measures it holds: an absent measure is never read as zeros. Memory: 8 bytes ×
 * measures × units × periods × columns, e.g. 7 × 3,500 × 2 × 18 × 8 = 7 MB for a city's incidents
 * over a year and its baseline, 9 × 3,500 × 2 × 10 × 8 = 5 MB for its disputes; but 2.1 GB for
 * the incidents of a million villages. A {@linkplain #sparse() sparse} cube holds only the cells
 * that are not zero, with the same figures: the aggregations make one when the dense form would
 * be large. Sums are exact: an overflow throws.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <M> the measures of the kind
 */
public final class Cube<M extends Enum<M>> {
    private final RecordKind<M> kind;
    private final int units;
    private final PeriodIndex periods;
    private final int width;
    /** Bit {@code m.ordinal()} for each measure held. */
    private final int mask;
    private final boolean rolledUp;
    /**
     * The measures held, in ordinal order. Index: (unit × periods + period) × width + column;
     * null when the cube is {@linkplain #sparse() sparse}.
     */
    private final long[][] measures;
    /** The measures held when stored sparsely ({@link SparseCells}); null when dense. */
    private final SparseCells cells;
    /**
     * The distribution of (unit, period) key k is days/counts[offsets[k] .. offsets[k + 1]); one
     * offset, 0, when the cube does not hold its kind's distribution measure.
     */
    private final int[] distOffsets;
    private final int[] distDays;
    private final long[] distCounts;

    Cube(RecordKind<M> kind, int units, PeriodIndex periods, int width, int mask, boolean rolledUp,
            long[][] measures, int[] distOffsets, int[] distDays, long[] distCounts) {
        this(kind, units, periods, width, mask, rolledUp, measures, null, distOffsets, distDays, distCounts);
    }

    Cube(RecordKind<M> kind, int units, PeriodIndex periods, int width, int mask, boolean rolledUp,
            long[][] measures, SparseCells cells, int[] distOffsets, int[] distDays, long[] distCounts) {
        assert (measures == null) != (cells == null);
        assert (measures != null ? measures.length : cells.values.length) == Integer.bitCount(mask)
                && (mask & kind.firstBit()) != 0;
        this.cells = cells;
        this.kind = kind;
        this.units = units;
        this.periods = periods;
        this.width = width;
        this.mask = mask;
        this.rolledUp = rolledUp;
        this.measures = measures;
        this.distOffsets = distOffsets;
        this.distDays = distDays;
        this.distCounts = distCounts;
    }

    /**
     * The cube of no records holding every measure: the identity of {@link #plus}. {@code width}
     * is the number of categories for incidents, and must be the number of types for the others.
     */
    public static <M extends Enum<M>> Cube<M> empty(RecordKind<M> kind, int units, PeriodIndex periods, int width) {
        return empty(kind, units, periods, width, Objects.requireNonNull(kind, "kind").allBits());
    }

    /**
     * The cube of no records holding {@code measures}, which must include the kind's first
     * (COUNT, RECEIVED, SESSIONS): the identity of {@link #plus} for cubes of those measures.
     */
    public static <M extends Enum<M>> Cube<M> empty(RecordKind<M> kind, int units, PeriodIndex periods, int width,
            Set<M> measures) {
        return empty(kind, units, periods, width, Objects.requireNonNull(kind, "kind").maskOf(measures));
    }

    static <M extends Enum<M>> Cube<M> empty(RecordKind<M> kind, int units, PeriodIndex periods, int width, int mask) {
        Objects.requireNonNull(periods, "periods");
        Check.argument(units >= 0 && width > 0, "units (%d) must be ≥ 0 and %s (%d) > 0", units, plural(kind),
                width);
        Check.argument(kind.fixedWidth() < 0 || width == kind.fixedWidth(), "%s has %d %s, not %d", kind.cubeName(),
                kind.fixedWidth(), plural(kind), width);
        long[][] m = Grid.zeros(Integer.bitCount(mask), units, periods.size(), width);
        int keys = units * periods.size();
        return new Cube<>(kind, units, periods, width, mask, false, m,
                new int[kind.keyedDistributions(mask) ? keys + 1 : 1], new int[0], new long[0]);
    }

    private static String plural(RecordKind<?> kind) {
        return kind.typeAxis().equals("category") ? "categories" : kind.typeAxis() + "s";
    }

    /** The kind of record counted. */
    public RecordKind<M> kind() {
        return kind;
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** The periods. */
    public PeriodIndex periods() {
        return periods;
    }

    /**
     * The number of columns of the type axis: categories for incidents; for disputes and outreach
     * the number of types, column {@code t} being type {@code kind().types().get(t)}.
     */
    public int width() {
        return width;
    }

    /** Whether every measure (and the distributions, if the kind has them) is held, not just some. */
    public boolean hasDetail() {
        return mask == kind.allBits();
    }

    /** The measures this cube holds, in ordinal order. */
    public EnumSet<M> measures() {
        return kind.setOf(mask);
    }

    /** Whether this cube holds {@code measure}. */
    public boolean has(M measure) {
        return (mask & (1 << Objects.requireNonNull(measure, "measure").ordinal())) != 0;
    }

    /** Whether {@link #rollUp} has been applied. */
    public boolean isRolledUp() {
        return rolledUp;
    }

    private int cell(int unit, int period, int column) {
        return Grid.cell(units, periods.size(), width, kind.typeAxis(), unit, period, column);
    }

    private long[] column(M measure) {
        return measures[measureIndex(measure)];
    }

    /** The index of {@code measure} among those held; throws when it is not held. */
    private int measureIndex(M measure) {
        if (!has(measure)) {
            throw new IllegalStateException(mask == kind.firstBit()
                    ? "this cube holds counts only; aggregate with detail for " + measure
                    : "this cube holds " + measures() + " only, not " + measure + "; aggregate with " + measure
                            + " among the measures to read it");
        }
        return Integer.bitCount(mask & ((1 << measure.ordinal()) - 1));
    }

    /** A measure of one (unit, period, column). */
    public long get(M measure, int unit, int period, int column) {
        if (cells != null) {
            int k = measureIndex(measure);
            cell(unit, period, column);
            return cells.get(k, unit * periods.size() + period, column);
        }
        return column(measure)[cell(unit, period, column)];
    }

    /**
     * A measure of one (unit, period) and one type of the kind ({@code DisputeType.LAND},
     * {@code OutreachType.PATROL}): the column of the type's ordinal.
     *
     * @throws IllegalArgumentException if the type is not one of the kind's (incidents have
     *                                  categories, addressed by index)
     */
    public long get(M measure, int unit, int period, Enum<?> type) {
        Objects.requireNonNull(type, "type");
        Check.argument(kind.types().contains(type), "%s is not a type of %s; its types are %s", type, kind,
                kind.types());
        return get(measure, unit, period, type.ordinal());
    }

    /**
     * The records of one (unit, period, column): the kind's first measure ({@code COUNT},
     * {@code RECEIVED}, {@code SESSIONS}), which every cube holds.
     */
    public long count(int unit, int period, int column) {
        if (cells != null) {
            cell(unit, period, column);
            return cells.get(0, unit * periods.size() + period, column);
        }
        return measures[0][cell(unit, period, column)];
    }

    /** A measure of one (unit, period), summed over the columns where {@code mask} is true. */
    public long sum(M measure, int unit, int period, boolean[] mask) {
        Grid.checkMask(mask, width, plural(kind));
        if (cells != null) {
            int k = measureIndex(measure);
            cell(unit, period, 0);
            return cells.sum(k, unit * periods.size() + period, mask);
        }
        return Grid.sum(column(measure), cell(unit, period, 0), mask);
    }

    /** A measure of one (unit, period), summed over every column. */
    public long total(M measure, int unit, int period) {
        if (cells != null) {
            int k = measureIndex(measure);
            cell(unit, period, 0);
            return cells.total(k, unit * periods.size() + period);
        }
        return Grid.total(column(measure), cell(unit, period, 0), width);
    }

    /**
     * A measure of the unit with code {@code unitCode} in {@code period}, summed over every column
     * — the look-up for people and notebooks; hot loops use {@link #total(Enum, int, int)}.
     *
     * @throws IllegalArgumentException if the tree has no such unit (suggesting the nearest code),
     *                                  the tree does not fit the cube, or the period is not indexed
     */
    public long total(M measure, JurisdictionTree tree, String unitCode, Period period) {
        return total(measure, unitOf(tree, unitCode), periods.indexOf(period));
    }

    /** A measure of the unit {@code unitCode} in {@code period}, summed over the columns where {@code mask} is true. */
    public long sum(M measure, JurisdictionTree tree, String unitCode, Period period, boolean[] mask) {
        return sum(measure, unitOf(tree, unitCode), periods.indexOf(period), mask);
    }

    /** A measure of the unit {@code unitCode} in {@code period} and one column. */
    public long get(M measure, JurisdictionTree tree, String unitCode, Period period, int column) {
        return get(measure, unitOf(tree, unitCode), periods.indexOf(period), column);
    }

    /** The distribution of days of the unit {@code unitCode} in {@code period}, see {@link #distribution(int, int)}. */
    public DayDistribution distribution(JurisdictionTree tree, String unitCode, Period period) {
        return distribution(unitOf(tree, unitCode), periods.indexOf(period));
    }

    private int unitOf(JurisdictionTree tree, String unitCode) {
        Objects.requireNonNull(tree, "tree");
        Check.argument(tree.size() == units, "the tree has %d units; the cube %d", tree.size(), units);
        return tree.indexOf(unitCode);
    }

    /**
     * The exact distribution of days of {@code unit}'s records counted by the kind's
     * distribution measure in {@code period} (all columns): days from occurrence to clearance
     * of the incidents cleared in the period, or from received to closed of the disputes
     * concluded in it. Its count is {@code total(distribution measure, unit, period)}.
     *
     * @throws IllegalStateException if the kind has no distribution (outreach) or the cube does
     *                               not hold its measure
     */
    public DayDistribution distribution(int unit, int period) {
        M measure = kind.distributionMeasure().orElseThrow(() -> new IllegalStateException(
                "a cube of " + kind + " has no distribution of days"));
        measureIndex(measure);
        cell(unit, period, 0);
        int key = unit * periods.size() + period;
        int from = distOffsets[key];
        int to = distOffsets[key + 1];
        return DayDistribution.ofRange(distDays, distCounts, from, to);
    }

    /**
     * The sum of this cube and {@code other}, which must be of the same kind, shape, measures and
     * roll-up state.
     */
    public Cube<M> plus(Cube<M> other) {
        checkSameShape(other);
        long[][] m = null;
        SparseCells s = null;
        if (cells == null && other.cells == null) {
            m = Grid.add(measures, other.measures);
        } else {   // sparse if either is: the sum of a sparse cube is as sparse as its terms
            s = SparseCells.plus(sparseCells(), other.sparseCells(), width);
        }
        if (!kind.hasDistributions(mask)) {
            return new Cube<>(kind, units, periods, width, mask, rolledUp, m, s, distOffsets, distDays, distCounts);
        }
        DistributionBuilder d = new DistributionBuilder(distOffsets.length - 1,
                distDays.length + other.distDays.length);
        for (int key = 0; key + 1 < distOffsets.length; key++) {
            d.mergeKey(distDays, distCounts, distOffsets[key], distOffsets[key + 1], other.distDays, other.distCounts,
                    other.distOffsets[key], other.distOffsets[key + 1]);
        }
        return new Cube<>(kind, units, periods, width, mask, rolledUp, m, s, d.offsets, d.days(), d.counts());
    }

    private void checkSameShape(Cube<M> other) {
        Objects.requireNonNull(other, "other");
        Check.argument(kind == other.kind, "a cube of %s and one of %s cannot be added", kind, other.kind);
        Check.argument(units == other.units && width == other.width && periods.equals(other.periods),
                "cubes of different shapes cannot be added: (%d units, %s, %d %s) and (%d units, %s, %d %s)", units,
                periods.periods(), width, plural(kind), other.units, other.periods.periods(), other.width,
                plural(kind));
        if (mask != other.mask) {
            int all = kind.allBits();
            int first = kind.firstBit();
            boolean detailAndCounts = (mask == all && other.mask == first) || (mask == first && other.mask == all);
            throw new IllegalArgumentException(detailAndCounts
                    ? "a cube with detail and one with counts only cannot be added"
                    : "a cube of " + measures() + " and one of " + other.measures() + " cannot be added");
        }
        Check.argument(rolledUp == other.rolledUp, "a rolled-up cube and one that is not cannot be added");
    }

    /**
     * The cube in which every unit's figures include its descendants': one pass over the units
     * in dense-index order, adding each to its parent (children come before parents).
     *
     * @throws IllegalStateException if already rolled up (that would count descendants twice)
     */
    public Cube<M> rollUp(JurisdictionTree tree) {
        if (cells == null) {
            return rolledUp(tree, 1);
        }
        checkRollUp(tree);
        SparseCells s = cells.rollUp(tree, periods.size(), width);
        Cube<M> rolled = new Cube<>(kind, units, periods, width, mask, true, null, s, distOffsets, distDays,
                distCounts);
        return kind.hasDistributions(mask) ? rolled.withDistributions(rollUpDistributions(tree)) : rolled;
    }

    /**
     * {@link #rollUp(JurisdictionTree)} on up to {@code threads} threads (1 = this thread): the
     * days-to-clear distributions on one and the measures, one by one, on the others (the
     * calling thread and the crew of threads). The same cube whatever the threads. Of the full
     * partials of a year and its baseline at 10M incidents (3,293 units), the distributions are
     * the larger half; a sparse cube rolls up on this thread.
     *
     * @throws IllegalStateException if already rolled up
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Cube<M> rollUp(JurisdictionTree tree, int threads) {
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        return cells != null ? rollUp(tree) : rolledUp(tree, threads);
    }

    /**
     * The dense roll-up on up to {@code threads} threads (1: the calling thread alone): one pass
     * over the units in dense-index order per measure, in a copy ({@link Grid#rollUpInPlace}),
     * and the distributions ({@link #rollUpDistributions}).
     */
    private Cube<M> rolledUp(JurisdictionTree tree, int threads) {
        checkRollUp(tree);
        long[][] m = new long[measures.length][];
        Distributions[] d = new Distributions[1];
        boolean distributions = kind.hasDistributions(mask);
        int first = distributions ? 0 : 1;
        int block = periods.size() * width;
        int[] parent = tree.parents();
        AtomicInteger next = new AtomicInteger(first);
        Chunks.each(Math.max(1, Math.min(threads, 1 + measures.length - first)), t -> {
            for (int task = next.getAndIncrement(); task <= measures.length; task = next.getAndIncrement()) {
                if (task == 0) {
                    d[0] = rollUpDistributions(tree);
                } else {
                    long[] s = measures[task - 1];
                    m[task - 1] = Grid.rollUpInPlace(s.clone(), parent, block);
                }
            }
        });
        Cube<M> rolled = new Cube<>(kind, units, periods, width, mask, true, m, null, distOffsets, distDays,
                distCounts);
        return distributions ? rolled.withDistributions(d[0]) : rolled;
    }

    private void checkRollUp(JurisdictionTree tree) {
        Objects.requireNonNull(tree, "tree");
        Check.state(!rolledUp, "the %s is already rolled up; rolling it up again would count every descendant twice",
                kind.cubeName().substring(kind.cubeName().indexOf(' ') + 1));
        Check.argument(tree.size() == units, "the tree has %d units; the cube %d", tree.size(), units);
    }

    /**
     * The rolled-up distributions: each unit's own plus its children's rolled-up ones, children
     * first (so theirs are already written). A leaf's are copied as they are; a parent's are
     * added in a {@link DaySums}, which gives the sum in order of day without a sort.
     */
    private Distributions rollUpDistributions(JurisdictionTree tree) {
        int pc = periods.size();
        DistributionBuilder b = new DistributionBuilder(units * pc, distDays.length * 2);
        DaySums sums = new DaySums();
        for (int u = 0; u < units; u++) {
            int[] children = tree.children(u);
            for (int p = 0; p < pc; p++) {
                int key = u * pc + p;
                if (children.length == 0) {
                    b.addSorted(distDays, distCounts, distOffsets[key], distOffsets[key + 1]);
                    b.endKey();
                    continue;
                }
                sums.start();
                for (int i = distOffsets[key]; i < distOffsets[key + 1]; i++) {
                    sums.add(distDays[i], distCounts[i]);
                }
                for (int child : children) {
                    int ck = child * pc + p;
                    sums.addAll(b, b.offsets[ck], b.offsets[ck + 1]);
                }
                sums.emit(b);
            }
        }
        return new Distributions(b.offsets, b.days(), b.counts());
    }

    /** A cube's distributions: the compressed rows of {@link #distOffsets}, {@link #distDays}, {@link #distCounts}. */
    private record Distributions(int[] offsets, int[] days, long[] counts) {}

    /** This cube with other distributions. */
    private Cube<M> withDistributions(Distributions d) {
        return new Cube<>(kind, units, periods, width, mask, rolledUp, measures, cells, d.offsets(), d.days(),
                d.counts());
    }

    /**
     * Whether the measures are stored sparsely, only the cells that are not zero ({@link
     * #sparse()}); the figures read are the same either way.
     */
    public boolean isSparse() {
        return cells != null;
    }

    /**
     * The same cube with its measures stored sparsely: for each (unit, period) only the columns
     * where some measure is not zero. Every figure read, sum, roll-up and distribution is the
     * same, and the cube equals this one; a cube of a large tree whose units have few records
     * each (a million villages with a few incidents a year) takes a fraction of the memory:
     * about 60 bytes a non-zero cell of seven measures, against 8 bytes × measures for every
     * cell. {@link #rollUp} and {@link #plus} of a sparse cube are sparse.
     */
    public Cube<M> sparse() {
        if (cells != null) {
            return this;
        }
        return new Cube<>(kind, units, periods, width, mask, rolledUp, null, sparseCells(), distOffsets, distDays,
                distCounts);
    }

    /** The sparse cells, or null when the cube is dense: for the tests of the sparse aggregation. */
    SparseCells cells() {
        return cells;
    }

    private SparseCells sparseCells() {
        Check.state(width <= Short.MAX_VALUE, "%d %s are too many for a sparse cube", width, plural(kind));
        return cells != null ? cells : SparseCells.of(measures, units * periods.size(), width);
    }

    /** The measures in the dense layout, made from the sparse cells when the cube is sparse. */
    private long[][] denseMeasures() {
        return cells != null ? cells.toDense(width) : measures;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cube<?> c && kind == c.kind && units == c.units && width == c.width
                && periods.equals(c.periods) && mask == c.mask && rolledUp == c.rolledUp
                && Arrays.deepEquals(denseMeasures(), c.denseMeasures()) && Arrays.equals(distOffsets, c.distOffsets)
                && Arrays.equals(distDays, c.distDays) && Arrays.equals(distCounts, c.distCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind.name(), units, width, periods, mask, rolledUp, Arrays.deepHashCode(denseMeasures()));
    }

    /**
     * A bounded summary: the kind, the shape, the measures when not all are held and, unless
     * rolled up (when units would count more than once), the total of each measure, e.g. {@code
     * Cube[disputes: 4 units × 1 periods × 10 types, totals {RECEIVED=1, ...}]}.
     */
    @Override
    public String toString() {
        String shape = "Cube[" + kind + ": " + units + " units × " + periods.size() + " periods × " + width + " "
                + plural(kind) + (hasDetail() ? "" : mask == kind.firstBit() ? ", counts only" : ", measures "
                        + measures());
        if (rolledUp) {
            return shape + ", rolled up]";
        }
        Map<M, Long> totals = new LinkedHashMap<>();
        for (M m : measures()) {
            totals.put(m, cells != null ? cells.sumAll(measureIndex(m)) : Arrays.stream(column(m)).sum());
        }
        return shape + ", totals " + totals + "]";
    }

    // ---- the codecs' view ----

    /** The raw parts, shared, for the codecs in this package: every measure, or the first only. */
    CubeParts parts() {
        Check.state(hasDetail() || mask == kind.firstBit(), "a cube of %s cannot be serialised: the binary and JSON "
                + "forms (format version %d) hold every measure or counts only", measures(), CubeCodec.FORMAT_VERSION);
        return new CubeParts(kind.name(), units, periods, width, hasDetail(), rolledUp, denseMeasures(), distOffsets,
                distDays, distCounts);
    }

    /** A cube of {@code kind} from parts a codec has read: the kind, the shape and the distributions are checked. */
    static <M extends Enum<M>> Cube<M> fromParts(RecordKind<M> kind, CubeParts p) {
        Check.argument(p.kind().equals(kind.name()), "not %s: %s", kind.cubeName(), p.kind());
        Check.argument(kind.fixedWidth() < 0 || p.width() == kind.fixedWidth(), "%s has %d %s, not %d",
                kind.cubeName(), kind.fixedWidth(), plural(kind), p.width());
        int mask = p.detail() ? kind.allBits() : kind.firstBit();
        int cells = Math.multiplyExact(Math.multiplyExact(p.units(), p.periods().size()), p.width());
        Check.argument(p.measures().length == Integer.bitCount(mask), "%s has %d measures, not %d", kind.cubeName(),
                Integer.bitCount(mask), p.measures().length);
        for (long[] m : p.measures()) {
            Check.argument(m.length == cells, "a measure has %d cells, not %d", m.length, cells);
        }
        int keys = kind.keyedDistributions(mask) ? p.units() * p.periods().size() : 0;
        Check.argument(p.distOffsets().length == keys + 1, "%s has %d distribution offsets, not %d", kind.cubeName(),
                keys + 1, p.distOffsets().length);
        if (kind.distributionMeasure().isEmpty()) {
            Check.argument(Arrays.stream(p.distOffsets()).allMatch(o -> o == 0) && p.distDays().length == 0
                            && p.distCounts().length == 0,
                    "%s has no distributions: %d zero offsets and no days or counts, not %d offsets, %d days and %d "
                            + "counts", kind.cubeName(), keys + 1, p.distOffsets().length, p.distDays().length,
                    p.distCounts().length);
        }
        return new Cube<>(kind, p.units(), p.periods(), p.width(), mask, p.rolledUp(), p.measures(), p.distOffsets(),
                p.distDays(), p.distCounts());
    }
}
