package org.communitysafety.core.aggregate;

import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * The mutable side of an {@link OutreachCube}: adds sessions from an {@link OutreachStore} in
 * one pass, with no allocation and no hashing per record, then hands out an immutable
 * {@linkplain #snapshot() snapshot}.
 *
 * <pre>{@code
 * var acc = OutreachAccumulator.create(tree.size(), OutreachStore.TYPES, PeriodIndex.monthsOf(2024, 2024));
 * acc.add(store);
 * OutreachCube cube = acc.snapshot().rollUp(tree);
 * }</pre>
 *
 * <h2>What a record adds</h2>
 * For every period containing the day it was held: 1 to {@code SESSIONS} and each of its
 * figures to the matching {@link OutreachMeasure}.
 *
 * <p>The ten sums of a cell sit next to each other in one {@code long[]} (index cell × 10 +
 * measure), so a record touches one or two cache lines, not ten; the snapshot lays them out
 * by measure. They are {@code long} because a sum of {@code int} figures (an audience in
 * person-times) can pass 2³¹; losses avoided are added exactly (an overflow throws).
 *
 * <p>Not thread-safe: give each thread its own and merge them ({@link
 * OutreachAggregation#aggregate} does).
 */
public final class OutreachAccumulator {
    private static final int M = OutreachMeasure.ALL.length;
    private static final int LOSS = OutreachMeasure.LOSS_AVOIDED_FEN.ordinal();

    private final int units;
    private final int types;
    private final PeriodIndex periods;
    /** Index (cell × M + measure ordinal), cell = (unit × periods + period) × types + type. */
    private final long[] sums;

    private OutreachAccumulator(int units, int types, PeriodIndex periods) {
        Check.argument(units > 0, "units must be positive, got %d", units);
        Check.argument(types == OutreachStore.TYPES,
                "an outreach accumulator has one column per outreach type (%d), not %d", OutreachStore.TYPES, types);
        this.units = units;
        this.types = types;
        this.periods = Objects.requireNonNull(periods, "periods");
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods.size()), types);
        this.sums = new long[Math.multiplyExact(cells, M)];
    }

    /**
     * An accumulator of every {@link OutreachMeasure}, for {@code units} units and
     * {@code types} = {@link OutreachStore#TYPES} columns.
     */
    public static OutreachAccumulator create(int units, int types, PeriodIndex periods) {
        return new OutreachAccumulator(units, types, periods);
    }

    /** Adds every session of {@code store}. */
    public OutreachAccumulator add(OutreachStore store) {
        return add(store, 0, store.size());
    }

    /** Adds the sessions of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public OutreachAccumulator add(OutreachStore store, int from, int to) {
        Objects.requireNonNull(store, "store");
        Check.argument(store.unitCount() == units, "the store has %d units; the accumulator %d", store.unitCount(),
                units);
        Check.argument(0 <= from && from <= to && to <= store.size(), "rows %d..%d are outside 0..%d", from, to,
                store.size());
        addRows(store, from, to);
        return this;
    }

    private void addRows(OutreachStore store, int from, int to) {
        final int[] unit = store.unit;
        final int[] day = store.day;
        final byte[] type = store.type;
        final int[] staff = store.counts[0];
        final int[] volunteers = store.counts[1];
        final int[] audience = store.counts[2];
        final int[] households = store.counts[3];
        final int[] found = store.counts[4];
        final int[] fixed = store.counts[5];
        final int[] leads = store.counts[6];
        final int[] frauds = store.counts[7];
        final int[] lossRow = store.lossRow;
        final long[] s = sums;
        final int p = periods.size();
        final int t = types;
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        int lossIndex = store.firstLossAtOrAfter(from);
        for (int r = from; r < to; r++) {
            boolean hasLoss = lossIndex < lossRow.length && lossRow[lossIndex] == r;
            int d = day[r];
            if (d >= first && d <= last) {
                int u = unit[r];
                int ty = type[r];
                for (int slot = periods.slotStart(d), end = periods.slotEnd(d); slot < end; slot++) {
                    int base = ((u * p + periods.slotPeriod(slot)) * t + ty) * M;
                    s[base]++;
                    s[base + 1] += staff[r];
                    s[base + 2] += volunteers[r];
                    s[base + 3] += audience[r];
                    s[base + 4] += households[r];
                    s[base + 5] += found[r];
                    s[base + 6] += fixed[r];
                    s[base + 7] += leads[r];
                    s[base + 8] += frauds[r];
                    if (hasLoss) {
                        s[base + LOSS] = Math.addExact(s[base + LOSS], store.lossFen[lossIndex]);
                    }
                }
            }
            if (hasLoss) {
                lossIndex++;
            }
        }
    }

    /** Adds another accumulator's figures to this one; shapes must match. */
    public OutreachAccumulator merge(OutreachAccumulator other) {
        Objects.requireNonNull(other, "other");
        Check.argument(units == other.units && periods.equals(other.periods),
                "accumulators of different shapes cannot be merged: (%d units, %s) and (%d units, %s)", units,
                periods.periods(), other.units, other.periods.periods());
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.addExact(sums[i], other.sums[i]);
        }
        return this;
    }

    /** An immutable cube of everything added so far (not rolled up). */
    public OutreachCube snapshot() {
        int cells = sums.length / M;
        long[][] m = new long[M][cells];
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < M; k++) {
                m[k][c] = sums[c * M + k];
            }
        }
        return new OutreachCube(units, periods, false, m);
    }
}
