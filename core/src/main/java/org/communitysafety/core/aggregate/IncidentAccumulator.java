package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysafety.core.lang.Check;

/**
 * The mutable side of a {@link Cube} of incidents, specialised for speed (other kinds have the
 * generic {@link RecordAccumulator}): adds incidents from an {@link IncidentStore} in one pass,
 * with no allocation and no hashing per record, then hands out an immutable {@linkplain
 * #snapshot() snapshot}.
 *
 * <pre>{@code
 * var acc = IncidentAccumulator.create(tree.size(), taxonomy.size(), PeriodIndex.of(year, year.yearEarlier()));
 * acc.add(store, 0, store.size());
 * Cube<IncidentMeasure> cube = acc.snapshot().rollUp(tree);
 * }</pre>
 *
 * <h2>What a record adds</h2>
 * For every period containing the day it occurred: {@code COUNT}, and as they apply
 * {@code CRIMINAL}, {@code REPEAT_CALLS}, {@code CLEARED} (cleared on or before the period's
 * last day), {@code LOSS_FEN}, {@code RECOVERED_FEN}. For every period containing the day it
 * was cleared: {@code CLEARANCES} and its days to clear in that period's distribution. An
 * accumulator made with {@link #of(int, int, PeriodIndex, Set)} fills only the measures asked
 * for, and collects the distributions only with {@code CLEARANCES}: a question about counts and
 * cleared counts pays for two increments a record, not seven and a sort.
 *
 * <h2>How a pass goes</h2>
 * The store's rows are grouped by unit and sorted by day within a unit, so the pass goes unit by
 * unit, and within a unit the rows of the periods' span are one range (two binary searches; the
 * rest are not read). Disjoint periods (months, a year and its baseline) are runs of rows: one
 * period look-up a run, then one increment per measure a row into the unit's block of the cube,
 * which stays in the first-level cache, with the flags and "cleared by the period's end" added
 * without branches. Overlapping periods (a year, its months, a year to date) are one binary-searched
 * range of rows each. Sums go straight into the cube's {@code long} arrays.
 *
 * <p>Clearances are counted by the day cleared, which may come after the day occurred by years.
 * Over disjoint periods the loop of a period's rows counts them too, for the rows cleared by the
 * period's end (most): their CLEARANCES is their CLEARED. Only the few rows cleared later are
 * read again, and the rows before the span or between periods are read only in the blocks of 32
 * that may have been cleared in it (the store's block bound); see {@code IncidentPass}.
 *
 * <p>Days to clear are counted per unit in a dense histogram per period for the common delays
 * (under 512 days, or fewer when there are many periods), the longer ones collected; at the end
 * of each unit the histogram is emptied into (unit × periods + period, days, count) runs in
 * order. A whole pass therefore produces the distributions already sorted, and the snapshot only
 * copies them; parts added out of order or merged are sorted by a radix sort in the snapshot.
 *
 * <p>Not thread-safe: give each thread its own and merge them ({@link IncidentAggregation}
 * instead splits the units into groups that threads take in turn, writing disjoint blocks of
 * one accumulator).
 */
public final class IncidentAccumulator {
    private static final int COUNT = IncidentMeasure.COUNT.ordinal();
    /** Groups of units a thread of {@link #addedInParallel}, taken in turn. */
    private static final int GROUPS_PER_THREAD = 4;
    /** Bits of every measure: a cube with detail. */
    static final int ALL = (1 << IncidentMeasure.ALL.length) - 1;
    /** The bit of COUNT alone: a counts-only cube. */
    static final int COUNT_ONLY = 1 << COUNT;

    private final int units;
    final int categories;
    final PeriodIndex periods;
    /** Bit {@code m.ordinal()} for each measure filled. */
    final int mask;
    /** The measures by ordinal, each over cells (unit × periods + period) × categories + category; null if not filled. */
    final long[][] columns;
    final long[] periodStart;
    final long[] periodEnd;
    /** Disjoint periods: the period of day {@code firstDay + d} of the span, or -1. */
    final int[] periodOfDay;
    /** Width of the per-unit histogram of days to clear, per period. */
    final int histogramWidth;
    /** The days-to-clear runs so far (with CLEARANCES). */
    private final ClearanceRuns runs = new ClearanceRuns();
    /** This accumulator's own scratch, made on first use. */
    private IncidentPass worker;

    private IncidentAccumulator(int units, int categories, PeriodIndex periods, int mask) {
        this(units, categories, periods, mask, units);
    }

    /**
     * An accumulator whose arrays hold the cells of {@code held} units (all of them, or a range's
     * in {@link IncidentAggregation#sparse}); {@code units} is the store's.
     */
    private IncidentAccumulator(int units, int categories, PeriodIndex periods, int mask, int held) {
        Check.argument(units > 0, "units must be positive, got %d", units);
        Check.argument(categories > 0 && categories <= 256, "categories must be 1..256, got %d", categories);
        this.units = units;
        this.categories = categories;
        this.periods = Objects.requireNonNull(periods, "periods");
        this.mask = mask;
        int cells = Math.multiplyExact(Math.multiplyExact(held, periods.size()), categories);
        this.columns = new long[IncidentMeasure.ALL.length][];
        for (IncidentMeasure m : IncidentMeasure.ALL) {
            if ((mask & (1 << m.ordinal())) != 0) {
                columns[m.ordinal()] = new long[cells];
            }
        }
        this.periodStart = periods.periods().stream().mapToLong(p -> p.startEpochDay()).toArray();
        this.periodEnd = periods.periods().stream().mapToLong(p -> p.endEpochDay()).toArray();
        int p = Math.max(1, periods.size());
        // emptying a unit's histogram reads periods × width counters: keep that near 2,048
        this.periodOfDay = new int[(int) Math.max(0, periods.lastDay() - periods.firstDay() + 1)];
        for (int d = 0; d < periodOfDay.length; d++) {
            periodOfDay[d] = periods.periodOf(periods.firstDay() + d);
        }
        this.histogramWidth = Math.max(16, Math.min(512, Integer.highestOneBit(2048 / p + 1)));
    }

    /**
     * An accumulator of the measures of {@code mask} whose arrays hold {@code held} units' cells
     * only: a range's, for {@link IncidentAggregation#sparse}, which adds a range's rows at a
     * time with an {@link IncidentPass} whose {@code firstUnit} is the range's, then {@linkplain
     * #drain drains} the cells. Only {@link IncidentAggregation} uses it; {@link #add}, {@link
     * #merge} and {@link #snapshot} do not apply.
     */
    static IncidentAccumulator ranged(int units, int categories, PeriodIndex periods, int mask, int held) {
        return new IncidentAccumulator(units, categories, periods, mask, held);
    }

    /**
     * The cells of the first {@code held} units of a {@linkplain #ranged ranged} accumulator's
     * arrays as {@link SparseCells} (those of {@code held × periods} keys), exactly as {@link
     * Cube#sparse()} makes them from a whole dense cube; the arrays are zeroed for the next range.
     */
    SparseCells drain(int held) {
        long[][] m = new long[Integer.bitCount(mask)][];
        int k = 0;
        for (long[] column : columns) {
            if (column != null) {
                m[k++] = column;
            }
        }
        int keys = held * periods.size();
        SparseCells cells = SparseCells.of(m, keys, categories);
        for (long[] column : m) {
            Arrays.fill(column, 0, keys * categories, 0);
        }
        return cells;
    }

    /** An accumulator of the measures of {@code mask} (bit {@code m.ordinal()} for each; with COUNT). */
    static IncidentAccumulator withMask(int units, int categories, PeriodIndex periods, int mask) {
        return new IncidentAccumulator(units, categories, periods, mask);
    }

    /** An accumulator of every {@link IncidentMeasure} and the days-to-clear distributions. */
    public static IncidentAccumulator create(int units, int categories, PeriodIndex periods) {
        return new IncidentAccumulator(units, categories, periods, ALL);
    }

    /** An accumulator of {@link IncidentMeasure#COUNT} only: the fastest pass, for counts and shares. */
    public static IncidentAccumulator countsOnly(int units, int categories, PeriodIndex periods) {
        return new IncidentAccumulator(units, categories, periods, COUNT_ONLY);
    }

    /**
     * An accumulator of the given measures only, which must include {@code COUNT}; the
     * days-to-clear distributions are collected only with {@code CLEARANCES}. Its cubes hold
     * those measures ({@link Cube#measures()}); reading another throws {@link
     * IllegalStateException}. All measures is {@link #create}, {@code COUNT} alone {@link
     * #countsOnly}, with the same cubes.
     *
     * @throws IllegalArgumentException if {@code measures} does not include {@code COUNT}
     */
    public static IncidentAccumulator of(int units, int categories, PeriodIndex periods,
            Set<IncidentMeasure> measures) {
        return new IncidentAccumulator(units, categories, periods, RecordKind.INCIDENTS.maskOf(measures));
    }

    /** The measures this accumulator fills. */
    public EnumSet<IncidentMeasure> measures() {
        return RecordKind.INCIDENTS.setOf(mask);
    }

    /** Adds every incident of {@code store}. */
    public IncidentAccumulator add(IncidentStore store) {
        return add(store, 0, store.size());
    }

    /** Adds the incidents of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public IncidentAccumulator add(IncidentStore store, int from, int to) {
        check(store);
        Check.argument(0 <= from && from <= to && to <= store.size(), "rows %d..%d are outside 0..%d", from, to,
                store.size());
        if (worker == null) {
            worker = new IncidentPass(this, runs);
        }
        worker.addRows(store, from, to);
        return this;
    }

    private void check(IncidentStore store) {
        Objects.requireNonNull(store, "store");
        Check.argument(store.unitCount() == units && store.categoryCount() == categories,
                "the store has %d units and %d categories; the accumulator %d and %d", store.unitCount(),
                store.categoryCount(), units, categories);
    }

    /**
     * A new accumulator of the measures of {@code mask} with every incident of {@code store},
     * added on {@code threads} threads. The units are split into contiguous groups of about
     * equal rows, {@value #GROUPS_PER_THREAD} a thread, which the threads (the calling one and
     * the {@link Crew}) take in turn as they finish one: a thread that the system holds up, or
     * that drew the units with the most rows in the periods, leaves more groups to the others,
     * where fixed halves would wait for it. Each group fills its units' blocks of the
     * accumulator's arrays (disjoint, since the cells are unit-major), so nothing is merged
     * afterwards; the groups' days-to-clear runs are appended in unit order, so they stay sorted.
     *
     * <p>The calling thread allocates the arrays while the others begin ({@link LateAccumulator}).
     */
    static IncidentAccumulator addedInParallel(IncidentStore store, PeriodIndex periods, int mask, int threads) {
        return addedInParallel(store, periods, mask, threads,
                () -> withMask(store.unitCount(), store.categoryCount(), periods, mask));
    }

    /**
     * {@link #addedInParallel(IncidentStore, PeriodIndex, int, int)} with the accumulator made by
     * {@code allocate} on the calling thread (the tests make it late, so that the other threads
     * take their groups before it is there).
     */
    static IncidentAccumulator addedInParallel(IncidentStore store, PeriodIndex periods, int mask, int threads,
            java.util.function.Supplier<IncidentAccumulator> allocate) {
        int n = store.size();
        int groups = threads * GROUPS_PER_THREAD;
        int[] bounds = new int[groups + 1];
        for (int k = 1; k < groups; k++) {
            int target = (int) ((long) n * k / groups);
            int row = target >= n ? n : store.rowsFrom(store.unit(target));
            bounds[k] = Math.max(bounds[k - 1], row);
        }
        bounds[groups] = n;
        ClearanceRuns[] parts = new ClearanceRuns[groups];
        AtomicInteger next = new AtomicInteger();
        LateAccumulator late = new LateAccumulator(allocate);
        Chunks.each(threads, t -> {
            IncidentAccumulator acc = t == 0 ? late.make() : null;
            IncidentPass pass = null;
            List<LateAccumulator.Aside> early = new ArrayList<>();
            for (int g = next.getAndIncrement(); g < groups; g = next.getAndIncrement()) {
                parts[g] = new ClearanceRuns();
                if (bounds[g] == bounds[g + 1]) {
                    continue;
                }
                if (acc == null && (acc = late.now()) == null) {
                    int first = store.unit(bounds[g]);
                    LateAccumulator.Aside aside = LateAccumulator.aside(store, periods, mask, first,
                            store.unit(bounds[g + 1] - 1) - first + 1);
                    aside.pass(parts[g]).addRows(store, bounds[g], bounds[g + 1], parts[g]);
                    early.add(aside);
                    continue;
                }
                if (pass == null) {
                    pass = new IncidentPass(acc, parts[g]);
                }
                pass.addRows(store, bounds[g], bounds[g + 1], parts[g]);
            }
            for (LateAccumulator.Aside aside : early) {
                aside.copyInto(late.await());
            }
        });
        IncidentAccumulator acc = late.await();
        acc.runs.appendAll(parts);
        return acc;
    }

    /** Adds another accumulator's figures to this one; shapes and measures must match. */
    public IncidentAccumulator merge(IncidentAccumulator other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && categories == other.categories && periods.equals(other.periods)
                && mask == other.mask, "accumulators of different shapes cannot be merged");
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] != null) {
                long[] a = columns[k];
                long[] b = other.columns[k];
                for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                }
            }
        }
        runs.append(other.runs);
        return this;
    }

    /** An immutable cube of everything added so far (not rolled up). */
    public Cube<IncidentMeasure> snapshot() {
        return cube(false);
    }

    /**
     * The cube; with {@code handOver} the arrays are given to the cube, not copied, and this
     * accumulator must not be used again (for {@link IncidentAggregation}, whose accumulators
     * never escape).
     */
    Cube<IncidentMeasure> cube(boolean handOver) {
        long[][] m = new long[Integer.bitCount(mask)][];
        int k = 0;
        for (long[] column : columns) {
            if (column != null) {
                m[k++] = handOver ? column : column.clone();
            }
        }
        return cube(units, categories, periods, mask, m, null, runs);
    }

    /**
     * The cube of measures {@code m} (dense) or {@code cells} (sparse; the other null) and, with
     * CLEARANCES, the distributions of {@code runs}.
     */
    static Cube<IncidentMeasure> cube(int units, int categories, PeriodIndex periods, int mask, long[][] m,
            SparseCells cells, ClearanceRuns runs) {
        if (!RecordKind.INCIDENTS.hasDistributions(mask)) {
            return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, false, m, cells, new int[1],
                    new int[0], new long[0]);
        }
        int keys = units * periods.size();
        ClearanceRuns sorted = runs.sorted();
        DistributionBuilder b = new DistributionBuilder(keys, sorted.size());
        int key = 0;
        for (int k = 0; k < sorted.chunks(); k++) {
            long[] values = sorted.values(k);
            long[] counts = sorted.counts(k);
            for (int i = 0, size = sorted.size(k); i < size; i++) {
                long v = values[i];
                for (int next = (int) (v >>> 16); key < next; key++) {
                    b.endKey();
                }
                b.add((int) (v & 0xFFFF), counts[i]);
            }
        }
        for (; key < keys; key++) {
            b.endKey();
        }
        return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, false, m, cells, b.offsets,
                b.days(), b.counts());
    }
}
