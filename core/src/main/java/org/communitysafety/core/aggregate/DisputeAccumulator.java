package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * The mutable side of a {@link DisputeCube}: adds disputes from a {@link DisputeStore} in one
 * pass, with no allocation and no hashing per record, then hands out an immutable
 * {@linkplain #snapshot() snapshot}.
 *
 * <pre>{@code
 * var acc = DisputeAccumulator.create(tree.size(), DisputeStore.TYPES, PeriodIndex.of(year, year.yearEarlier()));
 * acc.add(store, 0, store.size());
 * DisputeCube cube = acc.snapshot().rollUp(tree);
 * }</pre>
 *
 * <h2>What a record adds</h2>
 * For every period containing the day it was received: {@code RECEIVED}, {@code AMOUNT_FEN},
 * and, when closed by the period's last day, {@code CONCLUDED_OF_RECEIVED} and (if resolved)
 * {@code RESOLVED}. For every period containing the day it was closed: {@code CONCLUDED},
 * {@code CONCLUDED_RESOLVED} if resolved, and its days to close in that period's distribution.
 * Both are {@link PeriodIndex} look-ups. The backlogs depend on where the whole interval from
 * received to closed lies against a period, not on one day, so for them the record is tested
 * against every period — cheap, as there are few periods — after a test that skips the
 * disputes closed before the first period or received after the last.
 *
 * <p>Counts are kept in {@code int} arrays (a store holds fewer than 2³¹ records, so they
 * cannot overflow) for cache density, and widened to {@code long} in the snapshot; amounts are
 * {@code long} and added exactly (an overflow throws).
 *
 * <p>Not thread-safe: give each thread its own and add the snapshots ({@link
 * DisputeAggregation#aggregate} does).
 */
public final class DisputeAccumulator {
    /** A dispute is old when the period's last day is more than this many days after it was received. */
    static final int OLD_AFTER_DAYS = 365;

    private final int units;
    private final int types;
    private final PeriodIndex periods;
    private final long[] periodStart;
    private final long[] periodEnd;
    private final int[] received;
    private final int[] resolved;
    private final int[] concludedOfReceived;
    private final int[] concluded;
    private final int[] concludedResolved;
    private final int[] openingBacklog;
    private final int[] closingBacklog;
    private final int[] oldBacklog;
    private final long[] amount;
    /** Days to close, packed as (unit × periods + period) << 16 | days, one per conclusion. */
    private long[] delays = new long[0];
    private int delayCount;

    private DisputeAccumulator(int units, int types, PeriodIndex periods) {
        Check.argument(units > 0, "units must be positive, got %d", units);
        Check.argument(types == DisputeStore.TYPES,
                "a dispute accumulator has one column per dispute type (%d), not %d", DisputeStore.TYPES, types);
        this.units = units;
        this.types = types;
        this.periods = Objects.requireNonNull(periods, "periods");
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods.size()), types);
        this.periodStart = periods.periods().stream().mapToLong(p -> p.startEpochDay()).toArray();
        this.periodEnd = periods.periods().stream().mapToLong(p -> p.endEpochDay()).toArray();
        this.received = new int[cells];
        this.resolved = new int[cells];
        this.concludedOfReceived = new int[cells];
        this.concluded = new int[cells];
        this.concludedResolved = new int[cells];
        this.openingBacklog = new int[cells];
        this.closingBacklog = new int[cells];
        this.oldBacklog = new int[cells];
        this.amount = new long[cells];
    }

    /**
     * An accumulator of every {@link DisputeMeasure} and the days-to-close distributions, for
     * {@code units} units and {@code types} = {@link DisputeStore#TYPES} columns.
     */
    public static DisputeAccumulator create(int units, int types, PeriodIndex periods) {
        return new DisputeAccumulator(units, types, periods);
    }

    /** Adds every dispute of {@code store}. */
    public DisputeAccumulator add(DisputeStore store) {
        return add(store, 0, store.size());
    }

    /** Adds the disputes of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public DisputeAccumulator add(DisputeStore store, int from, int to) {
        Objects.requireNonNull(store, "store");
        Check.argument(store.unitCount() == units, "the store has %d units; the accumulator %d", store.unitCount(),
                units);
        Check.argument(0 <= from && from <= to && to <= store.size(), "rows %d..%d are outside 0..%d", from, to,
                store.size());
        addRows(store, from, to);
        return this;
    }

    private void addRows(DisputeStore store, int from, int to) {
        final int[] unit = store.unit;
        final int[] day = store.received;
        final byte[] type = store.type;
        final byte[] status = store.status;
        final char[] closeDelay = store.closeDelay;
        final int[] amountRow = store.amountRow;
        final int p = periods.size();
        final int t = types;
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        int amountIndex = store.firstAmountAtOrAfter(from);
        for (int r = from; r < to; r++) {
            int d = day[r];
            int u = unit[r];
            int ty = type[r];
            int delay = closeDelay[r];
            boolean open = delay == DisputeStore.OPEN;
            boolean isResolved = status[r] == DisputeStore.STATUS_RESOLVED;
            long closed = open ? Long.MAX_VALUE : (long) d + delay;
            boolean hasAmount = amountIndex < amountRow.length && amountRow[amountIndex] == r;
            for (int s = periods.slotStart(d), end = periods.slotEnd(d); s < end; s++) {
                int period = periods.slotPeriod(s);
                int cell = (u * p + period) * t + ty;
                received[cell]++;
                if (closed <= periodEnd[period]) {
                    concludedOfReceived[cell]++;
                    if (isResolved) {
                        resolved[cell]++;
                    }
                }
                if (hasAmount) {
                    amount[cell] = Math.addExact(amount[cell], store.amountFen[amountIndex]);
                }
            }
            if (hasAmount) {
                amountIndex++;
            }
            if (!open) {
                for (int s = periods.slotStart(closed), end = periods.slotEnd(closed); s < end; s++) {
                    int period = periods.slotPeriod(s);
                    int cell = (u * p + period) * t + ty;
                    concluded[cell]++;
                    if (isResolved) {
                        concludedResolved[cell]++;
                    }
                    if (delayCount == delays.length) {
                        delays = Arrays.copyOf(delays, Math.max(1024, delayCount * 2));
                    }
                    delays[delayCount++] = ((long) (u * p + period) << 16) | delay;
                }
            }
            if (d <= last && closed >= first) {
                // open at some period's start or end only if received by the last period's end and
                // not closed before the first period's start
                for (int period = 0; period < p; period++) {
                    long start = periodStart[period];
                    long stop = periodEnd[period];
                    if (d < start && closed >= start) {
                        openingBacklog[(u * p + period) * t + ty]++;
                    }
                    if (d <= stop && closed > stop) {
                        int cell = (u * p + period) * t + ty;
                        closingBacklog[cell]++;
                        if (stop - d > OLD_AFTER_DAYS) {
                            oldBacklog[cell]++;
                        }
                    }
                }
            }
        }
    }

    /** Adds another accumulator's figures to this one; shapes must match. */
    public DisputeAccumulator merge(DisputeAccumulator other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && periods.equals(other.periods),
                "accumulators of different shapes cannot be merged: (%d units, %s) and (%d units, %s)", units,
                periods.periods(), other.units, other.periods.periods());
        addInto(received, other.received);
        addInto(resolved, other.resolved);
        addInto(concludedOfReceived, other.concludedOfReceived);
        addInto(concluded, other.concluded);
        addInto(concludedResolved, other.concludedResolved);
        addInto(openingBacklog, other.openingBacklog);
        addInto(closingBacklog, other.closingBacklog);
        addInto(oldBacklog, other.oldBacklog);
        for (int i = 0; i < amount.length; i++) {
            amount[i] = Math.addExact(amount[i], other.amount[i]);
        }
        if (delayCount + other.delayCount > delays.length) {
            delays = Arrays.copyOf(delays, delayCount + other.delayCount);
        }
        System.arraycopy(other.delays, 0, delays, delayCount, other.delayCount);
        delayCount += other.delayCount;
        return this;
    }

    private static void addInto(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.addExact(a[i], b[i]);
        }
    }

    /** An immutable cube of everything added so far (not rolled up). */
    public DisputeCube snapshot() {
        long[][] m = new long[DisputeMeasure.ALL.length][];
        m[DisputeMeasure.RECEIVED.ordinal()] = widen(received);
        m[DisputeMeasure.RESOLVED.ordinal()] = widen(resolved);
        m[DisputeMeasure.CONCLUDED_OF_RECEIVED.ordinal()] = widen(concludedOfReceived);
        m[DisputeMeasure.CONCLUDED.ordinal()] = widen(concluded);
        m[DisputeMeasure.CONCLUDED_RESOLVED.ordinal()] = widen(concludedResolved);
        m[DisputeMeasure.OPENING_BACKLOG.ordinal()] = widen(openingBacklog);
        m[DisputeMeasure.CLOSING_BACKLOG.ordinal()] = widen(closingBacklog);
        m[DisputeMeasure.OLD_BACKLOG.ordinal()] = widen(oldBacklog);
        m[DisputeMeasure.AMOUNT_FEN.ordinal()] = amount.clone();
        return distributions(m);
    }

    /**
     * Groups the collected delays by (unit, period) with a counting sort — the counts per key
     * are known — sorts each key's few values, and run-length encodes them.
     */
    private DisputeCube distributions(long[][] m) {
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
        return new DisputeCube(units, periods, false, m, b.offsets, b.days(), b.counts());
    }

    private static long[] widen(int[] a) {
        long[] w = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            w[i] = a[i];
        }
        return w;
    }
}
