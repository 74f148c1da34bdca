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
 * <p>Counts are kept in {@code int} arrays (a store holds fewer than 2³¹ records, so they
 * cannot overflow) for cache density, and widened to {@code long} in the snapshot.
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
    private final int[] count;
    private final int[] criminal;
    private final int[] cleared;
    private final int[] repeat;
    private final int[] clearances;
    private final long[] loss;
    private final long[] recovered;
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
        this.count = new int[cells];
        this.criminal = detail ? new int[cells] : null;
        this.cleared = detail ? new int[cells] : null;
        this.repeat = detail ? new int[cells] : null;
        this.clearances = detail ? new int[cells] : null;
        this.loss = detail ? new long[cells] : null;
        this.recovered = detail ? new long[cells] : null;
    }

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
        if (!detail && periods.isDisjoint()) {
            addCountsDisjoint(store, from, to);
        } else {
            addAll(store, from, to);
        }
        return this;
    }

    /** The hot loop of counts over disjoint periods: one look-up and one increment a record. */
    private void addCountsDisjoint(IncidentStore store, int from, int to) {
        final int[] unit = store.unit;
        final char[] day = store.day;
        final int base = store.baseDay;
        final byte[] category = store.category;
        final int[] cnt = count;
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
                count[cell]++;
                if (detail) {
                    int f = flags[r];
                    if ((f & IncidentStore.CRIMINAL) != 0) {
                        criminal[cell]++;
                    }
                    if ((f & IncidentStore.REPEAT) != 0) {
                        repeat[cell]++;
                    }
                    if (delay != IncidentStore.NOT_CLEARED && (long) d + delay <= periodEnd[period]) {
                        cleared[cell]++;
                    }
                    if (hasAmount) {
                        loss[cell] += store.loss[amountIndex];
                        recovered[cell] += store.recovered[amountIndex];
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
                    clearances[(u * p + period) * c + cat]++;
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
        addInto(count, other.count);
        if (detail) {
            addInto(criminal, other.criminal);
            addInto(cleared, other.cleared);
            addInto(repeat, other.repeat);
            addInto(clearances, other.clearances);
            for (int i = 0; i < loss.length; i++) {
                loss[i] += other.loss[i];
                recovered[i] += other.recovered[i];
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
        int cells = count.length;
        long[][] m = new long[detail ? IncidentMeasure.ALL.length : 1][];
        m[IncidentMeasure.COUNT.ordinal()] = widen(count);
        if (!detail) {
            return new IncidentCube(units, periods, categories, false, false, m, new int[1], new int[0], new long[0]);
        }
        m[IncidentMeasure.CRIMINAL.ordinal()] = widen(criminal);
        m[IncidentMeasure.CLEARED.ordinal()] = widen(cleared);
        m[IncidentMeasure.REPEAT_CALLS.ordinal()] = widen(repeat);
        m[IncidentMeasure.CLEARANCES.ordinal()] = widen(clearances);
        m[IncidentMeasure.LOSS_FEN.ordinal()] = loss.clone();
        m[IncidentMeasure.RECOVERED_FEN.ordinal()] = recovered.clone();
        assert m.length == IncidentMeasure.ALL.length && cells == m[6].length;
        return distributions(m);
    }

    /**
     * Groups the collected delays by (unit, period) with a counting sort — the counts per key
     * are known — sorts each key's few values, and run-length encodes them.
     */
    private IncidentCube distributions(long[][] m) {
        int keys = units * periods.size();
        int[] offsets = new int[keys + 1];
        for (int i = 0; i < delayCount; i++) {
            offsets[(int) (delays[i] >>> 16) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            offsets[k + 1] += offsets[k];
        }
        int[] values = new int[delayCount];
        int[] fill = Arrays.copyOf(offsets, keys);
        for (int i = 0; i < delayCount; i++) {
            values[fill[(int) (delays[i] >>> 16)]++] = (int) (delays[i] & 0xFFFF);
        }
        IncidentCube.DistributionBuilder b = new IncidentCube.DistributionBuilder(keys, delayCount);
        for (int k = 0; k < keys; k++) {
            Arrays.sort(values, offsets[k], offsets[k + 1]);
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                b.add(values[i], 1);
            }
            b.endKey();
        }
        return new IncidentCube(units, periods, categories, true, false, m, b.offsets, b.days(), b.counts());
    }

    private static long[] widen(int[] a) {
        long[] w = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            w[i] = a[i];
        }
        return w;
    }
}
