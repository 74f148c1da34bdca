package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * The mutable side of a {@link Cube} of disputes or outreach sessions (any {@link RecordKind}
 * but incidents, which have the specialised {@link IncidentAccumulator}): adds records from a
 * {@link RecordStore} in one pass, with no allocation and no hashing per record, then hands out
 * an immutable {@linkplain #snapshot() snapshot}.
 *
 * <pre>{@code
 * var acc = RecordAccumulator.create(RecordKind.DISPUTES, tree.size(), PeriodIndex.of(year, year.yearEarlier()));
 * acc.add(store, 0, store.size());
 * Cube<DisputeMeasure> cube = acc.snapshot().rollUp(tree);
 * }</pre>
 *
 * <h2>What is shared, what is the kind's</h2>
 * The sums of a cell sit next to each other in one {@code long[]} (index cell × measures +
 * measure ordinal, cell = (unit × periods + period) × types + type), so a record touches one or
 * two cache lines, not one per measure; the snapshot lays them out by measure. Days for the
 * kind's distribution are collected as (unit × periods + period) &lt;&lt; 16 | days, one per record
 * counted, and grouped by a counting sort in the snapshot. {@link #merge}, {@link #snapshot} and
 * the chunked parallel scheme ({@link RecordAggregation}) are the same for every kind; only the
 * pass over a range of rows — what a record adds to which measure — is the kind's (the dispute
 * backlog ledger, {@code DisputeLedger}; the outreach sums, {@code OutreachSums}), one call per
 * range, so the loop over rows has no virtual call. Sums are {@code long}; amounts and merges are
 * added exactly (an overflow throws).
 *
 * <h2>Large trees</h2>
 * Above {@link #DENSE_SUMS} sums the cells are hashed: a cell gets its block of sums on its
 * first record, and the snapshot is a {@linkplain Cube#sparse() sparse} cube of the cells
 * touched. A million villages over two periods are 20 million dispute cells, 1.5 GB dense a
 * thread, of which 3 million disputes touch about 2 million. The figures are the same either way.
 * {@link RecordAggregation#aggregate} no longer hashes such a store when it fills its tree well
 * enough: it takes the units in ranges, each into a small dense accumulator that is drained to
 * sparse cells and zeroed for the next (package-private {@code drain}, {@code takeDays}).
 *
 * <p>Not thread-safe: give each thread its own and merge them ({@link RecordAggregation#aggregate}
 * does).
 *
 * @param <M> the measures of the kind
 */
public final class RecordAccumulator<M extends Enum<M>> {
    /** A kind's pass over rows {@code from .. to} of a store into an accumulator's sums. */
    interface Filler {
        void fill(RecordAccumulator<?> acc, RecordStore<?> store, int from, int to);
    }

    final RecordKind<M> kind;
    final int units;
    final int types;
    /** The number of measures: the stride of {@link #sums}. */
    final int stride;
    final PeriodIndex periods;
    /** {@code periods.size()}, read in the fillers' inner loops. */
    private final int periodCount;
    final long[] periodStart;
    final long[] periodEnd;
    /**
     * Dense: index (cell × stride + measure ordinal), cell = (unit × periods + period) × types +
     * type. Hashed ({@link #cellOf} not null): index slot × stride + measure ordinal, the slot
     * given to the cell on its first record. Grows when hashed: read it after {@link #base}.
     */
    long[] sums;
    /**
     * Hashed only, else null: open addressing from a cell to its slot, {@code cellOf[h]} the cell
     * (−1 for none) and {@code slotOf[h]} its slot.
     */
    private int[] cellOf;
    private int[] slotOf;
    /** Hashed only: the slots given so far. */
    private int slots;
    /** Days of the distribution, packed as (unit × periods + period) << 16 | days, one per record counted. */
    private long[] days = new long[0];
    private int dayCount;
    private final Filler filler;

    /**
     * Above this many sums (8 bytes each) an accumulator hashes its cells instead of laying out
     * every one: 1,000,000 villages × 2 periods × 10 types × 9 measures would be 1.5 GB dense a
     * thread, where 3 million disputes touch some 2 million cells.
     */
    static final long DENSE_SUMS = 16L << 20;

    private RecordAccumulator(RecordKind<M> kind, int units, PeriodIndex periods) {
        this(kind, units, periods, (long) units * periods.size() * kind.fixedWidth() * kind.measureCount()
                > DENSE_SUMS);
    }

    private RecordAccumulator(RecordKind<M> kind, int units, PeriodIndex periods, boolean hashed) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.filler = kind.filler();
        Check.argument(units > 0, "units must be positive, got %d", units);
        this.units = units;
        this.types = kind.fixedWidth();
        this.stride = kind.measureCount();
        this.periods = Objects.requireNonNull(periods, "periods");
        this.periodCount = periods.size();
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods.size()), types);
        if (hashed) {
            this.cellOf = new int[1024];
            Arrays.fill(cellOf, -1);
            this.slotOf = new int[1024];
            this.sums = new long[256 * stride];
        } else {
            this.sums = new long[Math.multiplyExact(cells, stride)];
        }
        this.periodStart = periods.periods().stream().mapToLong(p -> p.startEpochDay()).toArray();
        this.periodEnd = periods.periods().stream().mapToLong(p -> p.endEpochDay()).toArray();
    }

    /**
     * An accumulator of every measure of {@code kind} (and its distribution of days, if it has
     * one) for {@code units} units, one column per type of the kind.
     *
     * @throws IllegalArgumentException for {@link RecordKind#INCIDENTS}: use {@link IncidentAccumulator}
     */
    public static <M extends Enum<M>> RecordAccumulator<M> create(RecordKind<M> kind, int units, PeriodIndex periods) {
        return new RecordAccumulator<>(kind, units, periods);
    }

    /** Adds every record of {@code store}. */
    public RecordAccumulator<M> add(RecordStore<M> store) {
        return add(store, 0, store.size());
    }

    /** Adds the records of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public RecordAccumulator<M> add(RecordStore<M> store, int from, int to) {
        Objects.requireNonNull(store, "store");
        Check.argument(store.kind() == kind, "a store of %s cannot be added to an accumulator of %s", store.kind(),
                kind);
        Check.argument(store.unitCount() == units, "the store has %d units; the accumulator %d", store.unitCount(),
                units);
        Check.argument(0 <= from && from <= to && to <= store.size(), "rows %d..%d are outside 0..%d", from, to,
                store.size());
        if (cellOf != null) {
            reserve(to - from);
        }
        filler.fill(this, store, from, to);
        return this;
    }

    /** The index in {@link #sums} of measure 0 of (unit, period, type); for the fillers. */
    /**
     * An accumulator like {@link #create}, hashed or dense as asked rather than by size: for the
     * tests that prove both give the same cubes.
     */
    static <M extends Enum<M>> RecordAccumulator<M> create(RecordKind<M> kind, int units, PeriodIndex periods,
            boolean hashed) {
        return new RecordAccumulator<>(kind, units, periods, hashed);
    }

    /** Where the sums of a cell start in {@link #sums}; hashed, gives the cell a slot on first use. */
    int base(int unit, int period, int type) {
        int cell = (unit * periodCount + period) * types + type;
        return cellOf == null ? cell * stride : slotOf(cell) * stride;
    }

    private int slotOf(int cell) {
        int mask = cellOf.length - 1;
        for (int h = mix(cell) & mask; ; h = (h + 1) & mask) {
            int c = cellOf[h];
            if (c == cell) {
                return slotOf[h];
            }
            if (c < 0) {
                if (slots * stride == sums.length) {
                    sums = Arrays.copyOf(sums, Math.multiplyExact(slots + (slots >> 1) + 16, stride));
                }
                cellOf[h] = cell;
                slotOf[h] = slots;
                if (++slots * 2 > cellOf.length) {
                    rehash();
                }
                return slots - 1;
            }
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Makes room for {@code rows} more cells at once, about what that many records touch: the
     * sums and the table grow once to their size rather than by halves from 256 cells (3 million
     * disputes made some 400 MB of outgrown copies a thread).
     */
    private void reserve(int rows) {
        long want = Math.min((long) slots + rows, (long) units * periodCount * types);
        if (want * stride > sums.length) {
            sums = Arrays.copyOf(sums, Math.toIntExact(want * stride));
        }
        if (want * 2 > cellOf.length) {
            rehash(Integer.highestOneBit(Math.toIntExact(want * 2 - 1)) * 2);
        }
    }

    private void rehash() {
        rehash(cellOf.length * 2);
    }

    /** Rebuilds the table with {@code length} entries, a power of two above twice the cells. */
    private void rehash(int length) {
        int[] oldCells = cellOf;
        int[] oldSlots = slotOf;
        cellOf = new int[length];
        Arrays.fill(cellOf, -1);
        slotOf = new int[cellOf.length];
        int mask = cellOf.length - 1;
        for (int i = 0; i < oldCells.length; i++) {
            if (oldCells[i] >= 0) {
                int h = mix(oldCells[i]) & mask;
                while (cellOf[h] >= 0) {
                    h = (h + 1) & mask;
                }
                cellOf[h] = oldCells[i];
                slotOf[h] = oldSlots[i];
            }
        }
    }

    /** The cells that have sums, each as cell &lt;&lt; 32 | its index in {@link #sums}, ascending by cell. */
    private long[] occupied() {
        if (cellOf == null) {
            int cells = sums.length / stride;
            long[] out = new long[cells];
            for (int c = 0; c < cells; c++) {
                out[c] = ((long) c << 32) | (long) c * stride;
            }
            return out;
        }
        long[] out = new long[slots];
        int n = 0;
        for (int h = 0; h < cellOf.length; h++) {
            if (cellOf[h] >= 0) {
                out[n++] = ((long) cellOf[h] << 32) | (long) slotOf[h] * stride;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Counts {@code value} days in the distribution of (unit, period) {@code key}; for the fillers. */
    void day(int key, int value) {
        if (dayCount == days.length) {
            days = Arrays.copyOf(days, Math.max(1024, dayCount * 2));
        }
        days[dayCount++] = ((long) key << 16) | value;
    }

    /**
     * The cells of the first {@code held} units of a dense accumulator (those of {@code held ×
     * periods} keys) as {@link SparseCells}, exactly as the hashed snapshot keeps them (the
     * cells with some sum not zero, in cell order); the sums are zeroed for the next range of
     * {@link RecordAggregation}'s pass by unit ranges.
     */
    SparseCells drain(int held) {
        Check.state(cellOf == null, "only a dense accumulator is drained by ranges");
        int keys = held * periodCount;
        int cells = keys * types;
        int entries = 0;   // counted first, so that the arrays are made once, of their size
        for (int c = 0; c < cells; c++) {
            for (int i = c * stride, end = i + stride; i < end; i++) {
                if (sums[i] != 0) {
                    entries++;
                    break;
                }
            }
        }
        SparseCells.Builder b = new SparseCells.Builder(keys, stride, entries);
        long[] row = new long[stride];
        for (int key = 0, c = 0; key < keys; key++) {
            for (int t = 0; t < types; t++, c++) {
                System.arraycopy(sums, c * stride, row, 0, stride);
                b.add(t, row);
            }
            b.endKey();
        }
        Arrays.fill(sums, 0, cells * stride, 0);
        return b.build();
    }

    /**
     * The days collected so far, packed as in {@link #days}, each key moved up by {@code
     * keyOffset} (a range's first unit × periods); the accumulator forgets them.
     */
    long[] takeDays(int keyOffset) {
        long[] out = new long[dayCount];
        long shift = (long) keyOffset << 16;
        for (int i = 0; i < dayCount; i++) {
            out[i] = days[i] + shift;
        }
        dayCount = 0;
        return out;
    }

    /** Adds another accumulator's figures to this one; kinds and shapes must match. */
    public RecordAccumulator<M> merge(RecordAccumulator<M> other) {
        Objects.requireNonNull(other, "other");
        Check.argument(kind == other.kind && units == other.units && periods.equals(other.periods),
                "accumulators of different shapes cannot be merged: (%d units, %s) and (%d units, %s)", units,
                periods.periods(), other.units, other.periods.periods());
        if (cellOf == null && other.cellOf == null) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Math.addExact(sums[i], other.sums[i]);
            }
        } else {
            if (cellOf != null) {
                reserve(other.slots);   // grow once, not by halves cell by cell (copies of 100 MB and more)
            }
            for (long e : other.occupied()) {
                int cell = (int) (e >>> 32);
                int from = (int) e;
                int to = cellOf == null ? cell * stride : slotOf(cell) * stride;
                for (int k = 0; k < stride; k++) {
                    sums[to + k] = Math.addExact(sums[to + k], other.sums[from + k]);
                }
            }
        }
        if (dayCount + other.dayCount > days.length) {
            days = Arrays.copyOf(days, dayCount + other.dayCount);
        }
        System.arraycopy(other.days, 0, days, dayCount, other.dayCount);
        dayCount += other.dayCount;
        return this;
    }

    /** An immutable cube of everything added so far (not rolled up). */
    public Cube<M> snapshot() {
        int keys = units * periods.size();
        long[][] m = null;
        SparseCells sparse = null;
        if (cellOf == null) {
            int cells = sums.length / stride;
            m = new long[stride][cells];
            for (int c = 0; c < cells; c++) {
                for (int k = 0; k < stride; k++) {
                    m[k][c] = sums[c * stride + k];
                }
            }
        } else {   // hashed: a sparse cube of the cells touched, in cell order
            SparseCells.Builder b = new SparseCells.Builder(keys, stride, slots);
            long[] row = new long[stride];
            int key = 0;
            for (long e : occupied()) {
                int cell = (int) (e >>> 32);
                int at = (int) e;
                for (int next = cell / types; key < next; key++) {
                    b.endKey();
                }
                System.arraycopy(sums, at, row, 0, stride);
                b.add(cell % types, row);
            }
            for (; key < keys; key++) {
                b.endKey();
            }
            sparse = b.build();
        }
        return cube(kind, units, periods, m, sparse, days, dayCount);
    }

    /**
     * The cube of a kind's measures, dense ({@code m}) or sparse, and its days packed as in
     * {@link #days} (the first {@code dayCount}, in any order): the days are grouped by (unit,
     * period) with a counting sort — the counts per key are known — each key's few values sorted
     * and run-length encoded.
     */
    static <M extends Enum<M>> Cube<M> cube(RecordKind<M> kind, int units, PeriodIndex periods, long[][] m,
            SparseCells sparse, long[] days, int dayCount) {
        int keys = units * periods.size();
        int types = kind.fixedWidth();
        if (kind.distributionMeasure().isEmpty()) {
            return new Cube<>(kind, units, periods, types, kind.allBits(), false, m, sparse, new int[keys + 1],
                    new int[0], new long[0]);
        }
        int[] offsets = new int[keys + 1];
        for (int i = 0; i < dayCount; i++) {
            offsets[(int) (days[i] >>> 16) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            offsets[k + 1] += offsets[k];
        }
        int[] values = new int[dayCount];
        int[] fill = Arrays.copyOf(offsets, keys);
        for (int i = 0; i < dayCount; i++) {
            values[fill[(int) (days[i] >>> 16)]++] = (int) (days[i] & 0xFFFF);
        }
        DistributionBuilder b = new DistributionBuilder(keys, dayCount);
        for (int k = 0; k < keys; k++) {
            Arrays.sort(values, offsets[k], offsets[k + 1]);
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                b.add(values[i], 1);
            }
            b.endKey();
        }
        return new Cube<>(kind, units, periods, types, kind.allBits(), false, m, sparse, b.offsets, b.days(),
                b.counts());
    }
}
