package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * The mutable side of an {@link IncidentCube}: adds incidents from an {@link IncidentStore} in
 * one pass, with no allocation and no hashing per record, then hands out an immutable
 * {@linkplain #snapshot() snapshot}.
 *
 * <pre>{@code
 * var acc = IncidentAccumulator.create(tree.size(), taxonomy.size(), PeriodIndex.of(year, year.yearEarlier()));
 * acc.add(store, 0, store.size());
 * IncidentCube cube = acc.snapshot().rollUp(tree);
 * }</pre>
 *
 * <h2>What a record adds</h2>
 * For every period containing the day it occurred: {@code COUNT}, and as they apply
 * {@code CRIMINAL}, {@code REPEAT_CALLS}, {@code CLEARED} (cleared on or before the period's
 * last day), {@code LOSS_FEN}, {@code RECOVERED_FEN}. For every period containing the day it
 * was cleared: {@code CLEARANCES} and its days to clear in that period's distribution.
 *
 * <p>Counts are kept in {@code int}s (a store holds fewer than 2³¹ records, so they cannot
 * overflow) for cache density, and widened to {@code long} in the snapshot. With detail, the
 * five counts of a cell sit side by side in one {@code int} array (count, criminal, cleared,
 * repeat calls, clearances) and its two amounts in one {@code long} array, so that a record
 * touches one or two cache lines of the cube rather than seven.
 *
 * <p>Not thread-safe: give each thread its own and add the snapshots ({@link
 * IncidentAggregation#aggregate} does).
 */
public final class IncidentAccumulator {
    private final int units;
    private final int categories;
    private final PeriodIndex periods;
    private final boolean detail;
    private final int[] periodEnd;
    /** The counts of cell i at i × {@link #stride} + COUNT, CRIMINAL, CLEARED, REPEAT, CLEARANCES. */
    private final int[] counts;
    /** 5 with detail, 1 for counts only. */
    private final int stride;
    /** With detail: loss of cell i at 2i, recovered at 2i + 1; otherwise null. */
    private final long[] amounts;
    /** Days to clear, packed as (unit × periods + period) << 16 | days, one per clearance. */
    private long[] delays = new long[0];
    private int delayCount;

    private IncidentAccumulator(int units, int categories, PeriodIndex periods, boolean detail) {
        Check.argument(units > 0, "units must be positive, got %d", units);
        Check.argument(categories > 0 && categories <= 256, "categories must be 1..256, got %d", categories);
        this.units = units;
        this.categories = categories;
        this.periods = Objects.requireNonNull(periods, "periods");
        this.detail = detail;
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods.size()), categories);
        this.periodEnd = periods.periods().stream().mapToInt(p -> (int) p.endEpochDay()).toArray();
        this.stride = detail ? 5 : 1;
        this.counts = new int[Math.multiplyExact(cells, stride)];
        this.amounts = detail ? new long[Math.multiplyExact(cells, 2)] : null;
    }

    // offsets within a cell's counts
    private static final int COUNT = 0;
    private static final int CRIMINAL = 1;
    private static final int CLEARED = 2;
    private static final int REPEAT = 3;
    private static final int CLEARANCES = 4;

    /** An accumulator of every {@link IncidentMeasure} and the days-to-clear distributions. */
    public static IncidentAccumulator create(int units, int categories, PeriodIndex periods) {
        return new IncidentAccumulator(units, categories, periods, true);
    }

    /** An accumulator of {@link IncidentMeasure#COUNT} only: the fastest pass, for counts and shares. */
    public static IncidentAccumulator countsOnly(int units, int categories, PeriodIndex periods) {
        return new IncidentAccumulator(units, categories, periods, false);
    }

    /** Adds every incident of {@code store}. */
    public IncidentAccumulator add(IncidentStore store) {
        return add(store, 0, store.size());
    }

    /** Adds the incidents of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public IncidentAccumulator add(IncidentStore store, int from, int to) {
        Objects.requireNonNull(store, "store");
        Check.argument(store.unitCount() == units && store.categoryCount() == categories,
                "the store has %d units and %d categories; the accumulator %d and %d", store.unitCount(),
                store.categoryCount(), units, categories);
        Check.argument(0 <= from && from <= to && to <= store.size(), "rows %d..%d are outside 0..%d", from, to,
                store.size());
        if (!periods.isDisjoint()) {
            addAll(store, from, to);
        } else if (detail) {
            addAllDisjoint(store, from, to);
        } else {
            addCountsDisjoint(store, from, to);
        }
        return this;
    }

    /** The hot loop of counts over disjoint periods: one look-up and one increment a record. */
    private void addCountsDisjoint(IncidentStore store, int from, int to) {
        final int[] unit = store.unit;
        final char[] day = store.day;
        final int base = store.baseDay;
        final byte[] category = store.category;
        final int[] cnt = counts;
        final int p = periods.size();
        final int c = categories;
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        for (int r = from; r < to; r++) {
            int d = base + day[r];
            if (d < first || d > last) {
                continue;
            }
            int period = periods.periodOf(d);
            if (period >= 0) {
                cnt[(unit[r] * p + period) * c + (category[r] & 0xFF)]++;
            }
        }
    }

    /**
     * Every measure over disjoint periods (a year and its baseline, the months of a span): what
     * {@link #addAll} does, with one period look-up for the day of occurrence and one for the
     * day of clearance instead of a loop over slots, and the flags added without branches.
     */
    private void addAllDisjoint(IncidentStore store, int from, int to) {
        final int[] unit = store.unit;
        final char[] day = store.day;
        final int base = store.baseDay;
        final byte[] category = store.category;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        final int[] amountRow = store.amountRow;
        final long[] storeLoss = store.loss;
        final long[] storeRecovered = store.recovered;
        final int[] cnt = counts;
        final long[] amt = amounts;
        final int[] ends = periodEnd;
        final int p = periods.size();
        final int c = categories;
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        int amountIndex = firstAmountAtOrAfter(store, from);
        int nextAmountRow = amountIndex < amountRow.length ? amountRow[amountIndex] : -1;
        for (int r = from; r < to; r++) {
            int d = base + day[r];
            int delay = clearDelay[r];
            boolean hasAmount = r == nextAmountRow;
            int period = d < first || d > last ? -1 : periods.periodOf(d);
            if (period >= 0) {
                int cell = (unit[r] * p + period) * c + (category[r] & 0xFF);
                int at = cell * 5;
                int f = flags[r];
                cnt[at + COUNT]++;
                cnt[at + CRIMINAL] += f & IncidentStore.CRIMINAL;
                cnt[at + REPEAT] += (f & IncidentStore.REPEAT) >>> 1;
                if (delay != IncidentStore.NOT_CLEARED && (long) d + delay <= ends[period]) {
                    cnt[at + CLEARED]++;
                }
                if (hasAmount) {
                    amt[2 * cell] += storeLoss[amountIndex];
                    amt[2 * cell + 1] += storeRecovered[amountIndex];
                }
            }
            if (hasAmount) {
                amountIndex++;
                nextAmountRow = amountIndex < amountRow.length ? amountRow[amountIndex] : -1;
            }
            if (delay != IncidentStore.NOT_CLEARED) {
                long clearedDay = (long) d + delay;
                int cp = clearedDay < first || clearedDay > last ? -1 : periods.periodOf(clearedDay);
                if (cp >= 0) {
                    int key = unit[r] * p + cp;
                    cnt[(key * c + (category[r] & 0xFF)) * 5 + CLEARANCES]++;
                    if (delayCount == delays.length) {
                        delays = Arrays.copyOf(delays, Math.max(1024, delayCount * 2));
                    }
                    delays[delayCount++] = ((long) key << 16) | delay;
                }
            }
        }
    }

    /** Every measure, any periods. */
    private void addAll(IncidentStore store, int from, int to) {
        final int[] unit = store.unit;
        final char[] day = store.day;
        final int base = store.baseDay;
        final byte[] category = store.category;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        final int p = periods.size();
        final int c = categories;
        int amountIndex = firstAmountAtOrAfter(store, from);
        for (int r = from; r < to; r++) {
            int d = base + day[r];
            int u = unit[r];
            int cat = category[r] & 0xFF;
            int delay = clearDelay[r];
            boolean hasAmount = amountIndex < store.amountRow.length && store.amountRow[amountIndex] == r;
            for (int s = periods.slotStart(d), end = periods.slotEnd(d); s < end; s++) {
                int period = periods.slotPeriod(s);
                int cell = (u * p + period) * c + cat;
                int at = cell * stride;
                counts[at + COUNT]++;
                if (detail) {
                    int f = flags[r];
                    if ((f & IncidentStore.CRIMINAL) != 0) {
                        counts[at + CRIMINAL]++;
                    }
                    if ((f & IncidentStore.REPEAT) != 0) {
                        counts[at + REPEAT]++;
                    }
                    if (delay != IncidentStore.NOT_CLEARED && (long) d + delay <= periodEnd[period]) {
                        counts[at + CLEARED]++;
                    }
                    if (hasAmount) {
                        amounts[2 * cell] += store.loss[amountIndex];
                        amounts[2 * cell + 1] += store.recovered[amountIndex];
                    }
                }
            }
            if (hasAmount) {
                amountIndex++;
            }
            if (detail && delay != IncidentStore.NOT_CLEARED) {
                long clearedDay = (long) d + delay;
                for (int s = periods.slotStart(clearedDay), end = periods.slotEnd(clearedDay); s < end; s++) {
                    int period = periods.slotPeriod(s);
                    counts[((u * p + period) * c + cat) * stride + CLEARANCES]++;
                    if (delayCount == delays.length) {
                        delays = Arrays.copyOf(delays, Math.max(1024, delayCount * 2));
                    }
                    delays[delayCount++] = ((long) (u * p + period) << 16) | delay;
                }
            }
        }
    }

    private static int firstAmountAtOrAfter(IncidentStore store, int row) {
        int i = Arrays.binarySearch(store.amountRow, row);
        return i >= 0 ? i : -i - 1;
    }

    /** Adds another accumulator's figures to this one; shapes must match. */
    public IncidentAccumulator merge(IncidentAccumulator other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && categories == other.categories && periods.equals(other.periods)
                && detail == other.detail, "accumulators of different shapes cannot be merged");
        addInto(counts, other.counts);
        if (detail) {
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] += other.amounts[i];
            }
            if (delayCount + other.delayCount > delays.length) {
                delays = Arrays.copyOf(delays, delayCount + other.delayCount);
            }
            System.arraycopy(other.delays, 0, delays, delayCount, other.delayCount);
            delayCount += other.delayCount;
        }
        return this;
    }

    private static void addInto(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.addExact(a[i], b[i]);
        }
    }

    /** An immutable cube of everything added so far (not rolled up). */
    public IncidentCube snapshot() {
        int cells = counts.length / stride;
        long[][] m = new long[detail ? IncidentMeasure.ALL.length : 1][];
        m[IncidentMeasure.COUNT.ordinal()] = widen(counts, stride, COUNT);
        if (!detail) {
            return new IncidentCube(units, periods, categories, false, false, m, new int[1], new int[0], new long[0]);
        }
        m[IncidentMeasure.CRIMINAL.ordinal()] = widen(counts, stride, CRIMINAL);
        m[IncidentMeasure.CLEARED.ordinal()] = widen(counts, stride, CLEARED);
        m[IncidentMeasure.REPEAT_CALLS.ordinal()] = widen(counts, stride, REPEAT);
        m[IncidentMeasure.CLEARANCES.ordinal()] = widen(counts, stride, CLEARANCES);
        long[] loss = new long[cells];
        long[] recovered = new long[cells];
        for (int i = 0; i < cells; i++) {
            loss[i] = amounts[2 * i];
            recovered[i] = amounts[2 * i + 1];
        }
        m[IncidentMeasure.LOSS_FEN.ordinal()] = loss;
        m[IncidentMeasure.RECOVERED_FEN.ordinal()] = recovered;
        assert m.length == IncidentMeasure.ALL.length && cells == m[6].length;
        return distributions(m);
    }

    /**
     * Sorts the collected (key, days) pairs with a least-significant-digit radix sort on the
     * packed longs — one linear pass per byte that varies, no comparisons — and run-length
     * encodes them key by key.
     */
    private IncidentCube distributions(long[][] m) {
        int keys = units * periods.size();
        long[] sorted = Arrays.copyOf(delays, delayCount);
        long[] spare = new long[delayCount];
        long max = 0;
        for (int i = 0; i < delayCount; i++) {
            max = Math.max(max, sorted[i]);
        }
        for (int shift = 0; shift < 64 - Long.numberOfLeadingZeros(max); shift += 8) {
            radixPass(sorted, spare, delayCount, shift);
            long[] t = sorted;
            sorted = spare;
            spare = t;
        }
        IncidentCube.DistributionBuilder b = new IncidentCube.DistributionBuilder(keys, delayCount);
        int key = 0;
        for (int i = 0; i < delayCount; ) {
            long v = sorted[i];
            int j = i + 1;
            while (j < delayCount && sorted[j] == v) {
                j++;
            }
            for (int k = (int) (v >>> 16); key < k; key++) {
                b.endKey();
            }
            b.add((int) (v & 0xFFFF), j - i);
            i = j;
        }
        for (; key < keys; key++) {
            b.endKey();
        }
        return new IncidentCube(units, periods, categories, true, false, m, b.offsets, b.days(), b.counts());
    }

    /** One stable counting-sort pass of {@code from[0..n)} into {@code to} by the byte at {@code shift}. */
    private static void radixPass(long[] from, long[] to, int n, int shift) {
        int[] start = new int[257];
        for (int i = 0; i < n; i++) {
            start[(int) ((from[i] >>> shift) & 0xFF) + 1]++;
        }
        for (int k = 0; k < 256; k++) {
            start[k + 1] += start[k];
        }
        for (int i = 0; i < n; i++) {
            long v = from[i];
            to[start[(int) ((v >>> shift) & 0xFF)]++] = v;
        }
    }

    /** Elements {@code offset}, {@code offset + stride}, … of {@code a}, as longs. */
    private static long[] widen(int[] a, int stride, int offset) {
        long[] w = new long[a.length / stride];
        for (int i = 0; i < w.length; i++) {
            w[i] = a[i * stride + offset];
        }
        return w;
    }
}
