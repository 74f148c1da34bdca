package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Futures;

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
 * <p>Days to clear are counted per unit in a dense histogram per period for the common delays
 * (under 512 days, or fewer when there are many periods), the longer ones collected; at the end
 * of each unit the histogram is emptied into (unit × periods + period, days, count) runs in
 * order. A whole pass therefore produces the distributions already sorted, and the snapshot only
 * copies them; parts added out of order or merged are sorted by a radix sort in the snapshot.
 *
 * <p>Not thread-safe: give each thread its own and merge them ({@link IncidentAggregation}
 * instead splits the units among threads, which write disjoint blocks of one accumulator).
 */
public final class IncidentAccumulator {
    private static final int COUNT = IncidentMeasure.COUNT.ordinal();
    private static final int CRIMINAL = IncidentMeasure.CRIMINAL.ordinal();
    private static final int CLEARED = IncidentMeasure.CLEARED.ordinal();
    private static final int REPEAT = IncidentMeasure.REPEAT_CALLS.ordinal();
    private static final int CLEARANCES = IncidentMeasure.CLEARANCES.ordinal();
    private static final int LOSS = IncidentMeasure.LOSS_FEN.ordinal();
    private static final int RECOVERED = IncidentMeasure.RECOVERED_FEN.ordinal();
    /** Bits of every measure: a cube with detail. */
    static final int ALL = (1 << IncidentMeasure.ALL.length) - 1;
    /** The bit of COUNT alone: a counts-only cube. */
    static final int COUNT_ONLY = 1 << COUNT;

    private final int units;
    private final int categories;
    private final PeriodIndex periods;
    /** Bit {@code m.ordinal()} for each measure filled. */
    private final int mask;
    /** The measures by ordinal, each over cells (unit × periods + period) × categories + category; null if not filled. */
    private final long[][] columns;
    private final long[] periodStart;
    private final long[] periodEnd;
    /** Disjoint periods: the period of day {@code firstDay + d} of the span, or -1. */
    private final int[] periodOfDay;
    /** Width of the per-unit histogram of days to clear, per period. */
    private final int histogramWidth;
    /** The days-to-clear runs so far (with CLEARANCES). */
    private final ClearanceRuns runs = new ClearanceRuns();
    /** This accumulator's own scratch, made on first use. */
    private Worker worker;

    private IncidentAccumulator(int units, int categories, PeriodIndex periods, int mask) {
        Check.argument(units > 0, "units must be positive, got %d", units);
        Check.argument(categories > 0 && categories <= 256, "categories must be 1..256, got %d", categories);
        this.units = units;
        this.categories = categories;
        this.periods = Objects.requireNonNull(periods, "periods");
        this.mask = mask;
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods.size()), categories);
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
            worker = new Worker(runs);
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
     * Adds every incident of {@code store} on up to {@code threads} threads: the units are split
     * into contiguous groups of about equal rows, and each thread fills its units' blocks of this
     * accumulator's arrays (disjoint, since the cells are unit-major), so nothing is merged
     * afterwards; the threads' days-to-clear runs are appended in unit order, so they stay
     * sorted. The calling thread takes the first group, the common pool the others.
     */
    IncidentAccumulator addParallel(IncidentStore store, int threads) {
        check(store);
        int n = store.size();
        int[] bounds = new int[threads + 1];
        for (int k = 1; k < threads; k++) {
            int target = (int) ((long) n * k / threads);
            int row = target >= n ? n : store.rowsFrom(store.unit(target));
            bounds[k] = Math.max(bounds[k - 1], row);
        }
        bounds[threads] = n;
        List<CompletableFuture<ClearanceRuns>> parts = new ArrayList<>();
        for (int k = 1; k < threads; k++) {
            int from = bounds[k];
            int to = bounds[k + 1];
            parts.add(CompletableFuture.supplyAsync(() -> {
                ClearanceRuns own = new ClearanceRuns();
                new Worker(own).addRows(store, from, to);
                return own;
            }));
        }
        if (worker == null) {
            worker = new Worker(runs);
        }
        worker.addRows(store, bounds[0], bounds[1]);
        for (CompletableFuture<ClearanceRuns> part : parts) {
            runs.append(Futures.join(part));
        }
        return this;
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
        if (!RecordKind.INCIDENTS.hasDistributions(mask)) {
            return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, false, m, new int[1], new int[0],
                    new long[0]);
        }
        int keys = units * periods.size();
        ClearanceRuns sorted = runs.sorted();
        DistributionBuilder b = new DistributionBuilder(keys, sorted.n);
        int key = 0;
        for (int i = 0; i < sorted.n; i++) {
            long v = sorted.value[i];
            for (int next = (int) (v >>> 16); key < next; key++) {
                b.endKey();
            }
            b.add((int) (v & 0xFFFF), sorted.count[i]);
        }
        for (; key < keys; key++) {
            b.endKey();
        }
        return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, false, m, b.offsets, b.days(),
                b.counts());
    }

    /**
     * One thread's pass: the loops, and the scratch of the days-to-clear histogram. Writes the
     * measures into the accumulator's arrays (only the blocks of the units it is given) and its
     * days-to-clear runs into {@code out}.
     */
    private final class Worker {
        private final ClearanceRuns out;
        /** Rows gathered by {@link #clearances}. */
        private final int[] kept = new int[4096];
        /** The counters of a run of {@link #occurred} (see there), zero between runs. */
        private final long[] lanes = new long[mask == COUNT_ONLY ? categories << 2 : categories << 5];
        /** Days to clear below {@link #histogramWidth} of the current unit, two lanes: [(period × width + days) × 2 + lane]. */
        private final int[] histogram;
        /** The longest delay in the histogram since the last flush, or -1. */
        private int histogramMax = -1;
        /** CLEARANCES of the current unit: four lanes per (period, category). */
        private final long[] clearanceLanes;
        /** Longer days to clear of the current unit: period << 16 | days. */
        private long[] longer = new long[64];
        private int longerCount;

        Worker(ClearanceRuns out) {
            this.out = out;
            boolean distributions = RecordKind.INCIDENTS.hasDistributions(mask);
            this.histogram = distributions ? new int[periods.size() * histogramWidth * 2] : null;
            this.clearanceLanes = distributions ? new long[periods.size() * categories * 4] : null;
        }

        void addRows(IncidentStore store, int from, int to) {
            int r = from;
            while (r < to) {
                int u = store.unit[r];
                int end = Math.min(to, store.rowsFrom(u + 1));
                addUnit(store, u, r, end);
                r = end;
            }
        }

        /** Rows {@code lo .. hi}, all of unit {@code u}, so sorted by day. */
        private void addUnit(IncidentStore store, int u, int lo, int hi) {
            if (periods.size() == 0) {
                return;
            }
            if (periods.isDisjoint()) {
                occurredDisjoint(store, u, lo, hi);
            } else {
                for (int q = 0; q < periodStart.length; q++) {
                    int a = store.firstRowOnOrAfter(lo, hi, periodStart[q]);
                    int b = store.firstRowOnOrAfter(a, hi, periodEnd[q] + 1);
                    if (a < b) {
                        occurred(store, u, q, a, b);
                    }
                }
            }
            if (histogram != null) {
                clearances(store, u, lo, store.firstRowOnOrAfter(lo, hi, periods.lastDay() + 1));
                flush(u);
            }
        }

        /** Disjoint periods: the rows of the span, run by run of one period. */
        private void occurredDisjoint(IncidentStore store, int u, int lo, int hi) {
            int a = store.firstRowOnOrAfter(lo, hi, periods.firstDay());
            int b = store.firstRowOnOrAfter(a, hi, periods.lastDay() + 1);
            final char[] day = store.day;
            final int base = store.baseDay;
            int r = a;
            while (r < b) {
                int q = periods.periodOf(base + day[r]);
                if (q < 0) {
                    r++; // a day between the periods
                    continue;
                }
                int e = periodEnd[q] >= periods.lastDay() ? b : store.firstRowOnOrAfter(r, b, periodEnd[q] + 1);
                occurred(store, u, q, r, e);
                r = e;
            }
        }

        /**
         * Adds rows {@code from .. to}, all of unit {@code u} and in period {@code q}.
         *
         * <p>A row is one increment of a counter in {@link #lanes}, chosen by its category, its
         * flags and whether it was cleared by the period's end (each bit only when its measure
         * is asked for), and its row number mod 4 — so that consecutive rows of one category do
         * not wait on each other's increment. At the end of the run the lanes are added into
         * the cells: a counter of (category, repeat, criminal, cleared) adds to COUNT and to each
         * measure whose bit it has. No branch depends on the data.
         */
        private void occurred(IncidentStore store, int u, int q, int from, int to) {
            final byte[] category = store.category;
            final int cellBase = (u * periods.size() + q) * categories;
            final long[] lane = lanes;
            if (mask == COUNT_ONLY) {
                for (int r = from; r < to; r++) {
                    lane[((category[r] & 0xFF) << 2) | (r & 3)]++;
                }
                emptyCountLanes(cellBase);
            } else {
                final char[] day = store.day;
                final byte[] flags = store.flags;
                final char[] clearDelay = store.clearDelay;
                final int flagMask = (columns[CRIMINAL] != null ? IncidentStore.CRIMINAL : 0)
                        | (columns[REPEAT] != null ? IncidentStore.REPEAT : 0);
                final int clearedMask = columns[CLEARED] != null ? 1 : 0;
                // cleared by the period's last day: day + delay <= endRel, and delay != NOT_CLEARED;
                // days and delays are at most 0xFFFF, so the clamp changes no answer
                final int endRel = (int) Math.min(periodEnd[q] - store.baseDay, 1 << 20);
                for (int r = from; r < to; r++) {
                    int delay = clearDelay[r];
                    int cleared = (((day[r] + delay - endRel - 1) & (delay - IncidentStore.NOT_CLEARED)) >>> 31)
                            & clearedMask;
                    lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                }
                emptyDetailLanes(cellBase);
            }
            if (columns[LOSS] != null || columns[RECOVERED] != null) {
                amounts(store, cellBase, from, to);
            }
        }

        /** Adds the counts-only lanes into the cells from {@code cellBase} and zeroes them. */
        private void emptyCountLanes(int cellBase) {
            final long[] lane = lanes;
            final long[] count = columns[COUNT];
            for (int c = 0; c < categories; c++) {
                int at = c << 2;
                count[cellBase + c] += lane[at] + lane[at + 1] + lane[at + 2] + lane[at + 3];
                lane[at] = 0;
                lane[at + 1] = 0;
                lane[at + 2] = 0;
                lane[at + 3] = 0;
            }
        }

        /**
         * Adds the detail lanes (category << 5 | repeat << 4 | criminal << 3 | cleared << 2 |
         * row mod 4) into the cells from {@code cellBase} and zeroes them.
         */
        private void emptyDetailLanes(int cellBase) {
            final long[] lane = lanes;
            final long[] count = columns[COUNT];
            final long[] criminal = columns[CRIMINAL];
            final long[] repeat = columns[REPEAT];
            final long[] cleared = columns[CLEARED];
            for (int c = 0; c < categories; c++) {
                int cell = cellBase + c;
                for (int bits = 0; bits < 8; bits++) {
                    int at = (c << 5) | (bits << 2);
                    long n = lane[at] + lane[at + 1] + lane[at + 2] + lane[at + 3];
                    if (n == 0) {
                        continue;
                    }
                    lane[at] = 0;
                    lane[at + 1] = 0;
                    lane[at + 2] = 0;
                    lane[at + 3] = 0;
                    count[cell] += n;
                    if ((bits & 1) != 0) {
                        cleared[cell] += n;
                    }
                    if ((bits & 2) != 0) {
                        criminal[cell] += n;
                    }
                    if ((bits & 4) != 0) {
                        repeat[cell] += n;
                    }
                }
            }
        }

        /** The amounts of rows {@code from .. to} (sparse, sorted by row) into the cells from {@code cellBase}. */
        private void amounts(IncidentStore store, int cellBase, int from, int to) {
            final int[] amountRow = store.amountRow;
            final byte[] category = store.category;
            final long[] loss = columns[LOSS];
            final long[] recovered = columns[RECOVERED];
            int k = Arrays.binarySearch(amountRow, from);
            if (k < 0) {
                k = -k - 1;
            }
            for (; k < amountRow.length && amountRow[k] < to; k++) {
                int cell = cellBase + (category[amountRow[k]] & 0xFF);
                if (loss != null) {
                    loss[cell] += store.loss[k];
                }
                if (recovered != null) {
                    recovered[cell] += store.recovered[k];
                }
            }
        }

        /**
         * CLEARANCES and days to clear of rows {@code lo .. hi} of unit {@code u}, by the day
         * cleared. Rows are not sorted by that day, and whether a row is cleared within the
         * periods' span is a coin toss the processor cannot predict, so the rows that are are
         * first gathered without a branch ({@code kept[k] = r; k += keep}), then counted.
         */
        private void clearances(IncidentStore store, int u, int lo, int hi) {
            final char[] day = store.day;
            final byte[] category = store.category;
            final char[] clearDelay = store.clearDelay;
            final int base = store.baseDay;
            final int c = categories;
            final int width = histogramWidth;
            // the span in store-relative days, clamped so that the arithmetic cannot overflow (a
            // span is at most 1,000,000 days, so a row can only clear in it within the clamps)
            final long firstRel = Math.min(1L << 30, Math.max(-(1L << 20), periods.firstDay() - base));
            final long spanDays = Math.min(1L << 21, periods.lastDay() - periods.firstDay());
            for (int from = lo; from < hi; from += kept.length) {
                int to = hi - from > kept.length ? from + kept.length : hi;
                final int[] gathered = kept;
                int k = 0;
                for (int r = from; r < to; r++) {
                    int delay = clearDelay[r];
                    long offset = day[r] + delay - firstRel;
                    gathered[k] = r;
                    // 1 when 0 <= offset <= spanDays and delay != NOT_CLEARED, without a branch
                    k += (int) (((offset | (spanDays - offset)) >>> 63) ^ 1) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                }
                if (periods.isDisjoint()) {
                    countKeptDisjoint(store, gathered, k, (int) firstRel);
                    continue;
                }
                // overlapping periods: every period containing the day cleared, counted into lanes
                final long[] lane = clearanceLanes;
                final int[] h = histogram;
                int longest = histogramMax;
                for (int i = 0; i < k; i++) {
                    int r = gathered[i];
                    int delay = clearDelay[r];
                    long cd = (long) base + day[r] + delay;
                    int cat = category[r] & 0xFF;
                    for (int s = periods.slotStart(cd), end = periods.slotEnd(cd); s < end; s++) {
                        int q = periods.slotPeriod(s);
                        lane[((q * c + cat) << 2) | (i & 3)]++;
                        if (delay < width) {
                            h[((q * width + delay) << 1) | (i & 1)]++;
                            longest = Math.max(longest, delay);
                        } else {
                            longer(q, delay);
                        }
                    }
                }
                histogramMax = longest;
            }
        }

        /**
         * Disjoint periods: counts the gathered rows (cleared within the span) into lanes, entry
         * i in lane i mod 4 (mod 2 for days to clear), so that equal consecutive cells do not
         * wait on each other's increment.
         */
        private void countKeptDisjoint(IncidentStore store, int[] gathered, int k, int firstRel) {
            final char[] day = store.day;
            final byte[] category = store.category;
            final char[] clearDelay = store.clearDelay;
            final int[] periodOfDay = IncidentAccumulator.this.periodOfDay;
            final long[] lane = clearanceLanes;
            final int[] h = histogram;
            final int c = categories;
            final int width = histogramWidth;
            int longest = histogramMax;
            for (int i = 0; i < k; i++) {
                int r = gathered[i];
                int delay = clearDelay[r];
                int q = periodOfDay[day[r] + delay - firstRel];
                if (q < 0) {
                    continue; // cleared between two periods
                }
                lane[((q * c + (category[r] & 0xFF)) << 2) | (i & 3)]++;
                if (delay < width) {
                    h[((q * width + delay) << 1) | (i & 1)]++;
                    longest = Math.max(longest, delay);
                } else {
                    longer(q, delay);
                }
            }
            histogramMax = longest;
        }

        private void longer(int q, int delay) {
            if (longerCount == longer.length) {
                longer = Arrays.copyOf(longer, longerCount * 2);
            }
            longer[longerCount++] = ((long) q << 16) | delay;
        }

        /**
         * Adds unit {@code u}'s clearance lanes into CLEARANCES, and empties its histogram and
         * longer delays into runs, in (period, days) order.
         */
        private void flush(int u) {
            final int p = periods.size();
            final int c = categories;
            final long[] lane = clearanceLanes;
            final long[] clearances = columns[CLEARANCES];
            final int cellBase = u * p * c;
            if (histogramMax < 0 && longerCount == 0) {
                return;
            }
            for (int i = 0; i < p * c; i++) {
                int at = i << 2;
                clearances[cellBase + i] += lane[at] + lane[at + 1] + lane[at + 2] + lane[at + 3];
                lane[at] = 0;
                lane[at + 1] = 0;
                lane[at + 2] = 0;
                lane[at + 3] = 0;
            }
            final int width = histogramWidth;
            final int[] h = histogram;
            final long keyBase = (long) u * p;
            Arrays.sort(longer, 0, longerCount);
            int j = 0;
            for (int q = 0; q < p; q++) {
                long key = (keyBase + q) << 16;
                for (int day = 0; day <= histogramMax; day++) {
                    int at = (q * width + day) << 1;
                    int n = h[at] + h[at + 1];
                    if (n != 0) {
                        out.add(key | day, n);
                        h[at] = 0;
                        h[at + 1] = 0;
                    }
                }
                // the longer delays of period q come after its histogram's, in order
                while (j < longerCount && (int) (longer[j] >>> 16) == q) {
                    long v = longer[j];
                    int k = j;
                    while (j < longerCount && longer[j] == v) {
                        j++;
                    }
                    out.add(key | (v & 0xFFFF), j - k);
                }
            }
            histogramMax = -1;
            longerCount = 0;
        }
    }
}
