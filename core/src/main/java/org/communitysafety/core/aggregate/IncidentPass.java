package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * One thread's pass of an {@link IncidentAccumulator}: the loops over the rows, and the lanes
 * they count into. Writes the measures into the accumulator's arrays (only the blocks of the
 * units it is given); the clearances counted by the day cleared and the days-to-clear histogram
 * are {@link ClearanceCounts}' (which writes the runs), the amounts {@link IncidentAmounts}'.
 * Not thread-safe; package-private.
 *
 * <h2>Disjoint periods with CLEARANCES: one read of a row</h2>
 * A row that occurred in a period and was cleared by the period's end was cleared in that
 * period, so it adds to the period's {@code CLEARANCES} exactly what it adds to its {@code
 * CLEARED}: the counter of its run that has the "cleared" bit feeds both. Its days to clear go
 * into the histogram in the same loop (a row that is not so cleared, or cleared the day it
 * occurred, increments a dummy counter instead: a branch there would be a coin toss; the rows
 * cleared the same day are the run's cleared rows less the others, so half the cleared rows of
 * the standard sample need no counter of their own). When every period is shorter than the
 * histogram ({@link #occurredAndClearedHeld}: a year and its baseline, months), that loop does
 * nothing else: the rows counted by the day they were cleared — rows of a period cleared after
 * its end but within the span (1 % in the standard sample), and rows before the span or
 * between periods cleared within it — are found afterwards with the store's block bound
 * ({@link IncidentStore#skipClearedBefore}), which skips the blocks of 32 none of whose rows was
 * cleared late enough: of the 3.5 million rows of 2022 in the 10M sample, 46,000 were cleared
 * in 2023 or 2024, and four blocks in five are skipped unread. With a longer period ({@link
 * #occurredAndCleared}) a row cleared in it may have taken more days than the histogram holds
 * (0.1 %), so the loop gathers those, and the rows cleared after the period's end, by a branch
 * that is rarely taken. Before issue 13 every row of the unit up to the span's end was read a
 * second time for its clearance, and the rows of the span a third time to count them.
 */
final class IncidentPass {
    private static final int COUNT = IncidentMeasure.COUNT.ordinal();
    private static final int CRIMINAL = IncidentMeasure.CRIMINAL.ordinal();
    private static final int CLEARED = IncidentMeasure.CLEARED.ordinal();
    private static final int REPEAT = IncidentMeasure.REPEAT_CALLS.ordinal();
    private static final int CLEARANCES = IncidentMeasure.CLEARANCES.ordinal();

    private final PeriodIndex periods;
    private final int categories;
    private final boolean countsOnly;
    private final long[][] columns;
    private final long[] periodEnd;
    private final long[] periodStart;
    private final int width;
    /**
     * The unit of the arrays' first cells: 0, or the range's first unit when the accumulator is
     * {@linkplain IncidentAccumulator#ranged ranged}. The days-to-clear runs keep the store's units.
     */
    int firstUnit;
    /** {@link #occurredAndClearedHeld}'s days to clear of the rows of a chunk cleared in their period. */
    private final int[] delays = new int[4096];
    /** The counters of a run of {@link #occurred} (see there), zero between runs. */
    private final long[] lanes;
    /**
     * Whether every period is at most {@link #width} days long, so that a row cleared in the
     * period it occurred in took fewer days than the histogram holds: then the fused loop needs
     * no look at any row again ({@link #occurredAndClearedHeld}).
     */
    private final boolean periodsFitHistogram;
    /** CLEARANCES by the day cleared and the days-to-clear histogram; null without CLEARANCES. */
    private final ClearanceCounts days;
    /** The amounts of the runs. */
    private final IncidentAmounts amounts;
    /** {@link #emptyDetailLanes}' sums of one category's lanes by their bits. */
    private final long[] bitSums = new long[8];

    IncidentPass(IncidentAccumulator acc, ClearanceRuns out) {
        this.periods = acc.periods;
        this.categories = acc.categories;
        this.countsOnly = acc.mask == IncidentAccumulator.COUNT_ONLY;
        this.columns = acc.columns;
        this.periodStart = acc.periodStart;
        this.periodEnd = acc.periodEnd;
        this.width = acc.histogramWidth;
        this.lanes = new long[countsOnly ? categories << 2 : categories << 5];
        this.days = columns[CLEARANCES] != null ? new ClearanceCounts(acc, out) : null;
        this.amounts = new IncidentAmounts(acc);
        boolean fit = true;
        for (int q = 0; q < periodStart.length; q++) {
            fit &= periodEnd[q] - periodStart[q] < width;
        }
        this.periodsFitHistogram = fit;
    }

    /** {@link #addRows(IncidentStore, int, int)}, the days-to-clear runs into {@code into} from now on. */
    void addRows(IncidentStore store, int from, int to, ClearanceRuns into) {
        if (days != null) {
            days.out = into;
        }
        addRows(store, from, to);
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
        int a = store.firstRowOnOrAfter(lo, hi, periods.firstDay());
        int b = store.firstRowOnOrAfter(a, hi, periods.lastDay() + 1);
        if (periods.isDisjoint()) {
            if (days != null) {
                days.clearances(store, lo, a); // rows before the span cleared within it
            }
            occurredDisjoint(store, u, a, b);
        } else {
            for (int q = 0; q < periodStart.length; q++) {
                int from = store.firstRowOnOrAfter(a, b, periodStart[q]);
                int to = store.firstRowOnOrAfter(from, b, periodEnd[q] + 1);
                if (from < to) {
                    occurred(store, u, q, from, to);
                }
            }
            if (days != null) {
                days.clearances(store, lo, b);
            }
        }
        if (days != null) {
            days.flush(u, firstUnit);
        }
    }

    /**
     * Disjoint periods: the rows of the span, run by run of one period; with CLEARANCES, the
     * rows between two periods are read for their clearances only.
     */
    private void occurredDisjoint(IncidentStore store, int u, int a, int b) {
        final char[] day = store.day;
        final int base = store.baseDay;
        int r = a;
        while (r < b) {
            int q = periods.periodOf(base + day[r]);
            if (q < 0) { // days between the periods
                int e = r + 1;
                while (e < b && periods.periodOf(base + day[e]) < 0) {
                    e++;
                }
                if (days != null) {
                    days.clearances(store, r, e);
                }
                r = e;
                continue;
            }
            int e = periodEnd[q] >= periods.lastDay() ? b : store.firstRowOnOrAfter(r, b, periodEnd[q] + 1);
            if (days != null && periodsFitHistogram) {
                occurredAndClearedHeld(store, u, q, r, e);
            } else if (days != null) {
                occurredAndCleared(store, u, q, r, e);
            } else {
                occurred(store, u, q, r, e);
            }
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
        final int cellBase = ((u - firstUnit) * periods.size() + q) * categories;
        final long[] lane = lanes;
        if (countsOnly) {
            for (int r = from; r < to; r++) {
                lane[((category[r] & 0xFF) << 2) | (r & 3)]++;
            }
            emptyCountLanes(cellBase);
        } else {
            final char[] day = store.day;
            final byte[] flags = store.flags;
            final char[] clearDelay = store.clearDelay;
            final int flagMask = flagMask();
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
            emptyDetailLanes(cellBase, false);
        }
        amounts.add(store, cellBase, from, to);
    }

    private int flagMask() {
        return (columns[CRIMINAL] != null ? IncidentStore.CRIMINAL : 0)
                | (columns[REPEAT] != null ? IncidentStore.REPEAT : 0);
    }

    /**
     * Disjoint periods with CLEARANCES: {@link #occurred}, and in the same loop the clearances
     * of rows cleared by the period's end, which were cleared in it (see the class comment).
     * The rows cleared later in the span, or after more days than the histogram holds, are
     * gathered without a branch and counted by {@link ClearanceCounts#countCarried}.
     */
    private void occurredAndCleared(IncidentStore store, int u, int q, int from, int to) {
        final char[] day = store.day;
        final byte[] category = store.category;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        final int cellBase = ((u - firstUnit) * periods.size() + q) * categories;
        final long[] lane = lanes;
        final ClearanceCounts c = days;
        final int[] h = c.histogram;
        final int[] gathered = c.kept;
        final int flagMask = flagMask();
        final int w = width;
        final int hBase = c.periodBase(q);
        final int t = Math.min(w, ClearanceCounts.SHORT);
        // the period's and the span's last days, store-relative; rows of the span have days >= 0
        final int endRel = (int) Math.min(periodEnd[q] - store.baseDay, 1 << 20);
        final int lastRel = (int) Math.min(periods.lastDay() - store.baseDay, 1 << 20);
        for (int start = from; start < to; start += gathered.length) {
            int stop = Math.min(to, start + gathered.length);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cd = day[r] + delay;
                int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
                int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                // days to clear of a row cleared in the period, if the histogram holds them
                int held = cleared & ((delay - w) >>> 31);
                h[((hBase + ClearanceCounts.slot(delay, r & 3)) & -held) | ((r & 3) & (held - 1))]++;
                // cleared within the span, and after the period's end or after SHORT days or more: rare
                if ((isCleared & ((cd - lastRel - 1) >>> 31) & (((t - 1 - delay) | (endRel - cd)) >>> 31)) != 0) {
                    gathered[k++] = r;
                }
            }
            c.touched |= c.shortGroups;
            c.countCarried(store, q, endRel, k);
        }
        emptyDetailLanes(cellBase, true);
        amounts.add(store, cellBase, from, to);
    }

    /**
     * {@link #occurredAndCleared} when every period fits the histogram: a row cleared by its
     * period's end was cleared in it, after fewer days than the period has, so its days go into
     * the histogram and nothing in the loop is rare enough to gather. The loop over the rows
     * ({@link #heldPacked} or {@link #heldSplit}) increments the row's counter in {@link #lanes}
     * and writes its days to clear into {@link #delays} — a store, not an increment — advancing
     * only for a row cleared in the period after a day or more; a second loop counts those days
     * into the histogram and marks their groups of days ({@link ClearanceCounts#touched}), so that emptying reads
     * the groups that hold counts and no others. Split so, the rows take a fifth less time than
     * with both increments in one loop (measured on the standard sample at 10M; the same loop
     * with two loads for category and flags gains nothing, the one-byte read of a {@linkplain
     * IncidentStore#packed packed} store does). The rows cleared after the period's end but
     * within the span (1 % in the standard sample; none for the last period) are found
     * afterwards with the store's block bound, as the rows before the span are ({@link
     * #clearedWithin}).
     */
    private void occurredAndClearedHeld(IncidentStore store, int u, int q, int from, int to) {
        final int cellBase = ((u - firstUnit) * periods.size() + q) * categories;
        final int[] h = days.histogram;
        final int[] d = delays;
        final int at = days.periodBase(q) + 3; // day 1 of period q at at + 1
        final int shift = days.groupShift;
        // the period's last day, store-relative; rows of the span have days >= 0
        final int endRel = (int) Math.min(periodEnd[q] - store.baseDay, 1 << 20);
        final int flagMask = flagMask();
        int later = 0;
        long groups = 0;
        for (int start = from; start < to; start += d.length) {
            int stop = Math.min(to, start + d.length);
            int k = store.packed && endRel < IncidentStore.NOT_CLEARED
                    ? heldPacked(store, start, stop, endRel, 0xFC | flagMask, lanes, d)
                    : heldSplit(store, start, stop, endRel, flagMask, lanes, d);
            for (int i = 0; i < k; i++) {
                int days = d[i];
                h[at + days]++;
                groups |= 1L << (days >>> shift);
            }
            later += k;
        }
        // the rows cleared the day they occurred: those cleared in the period less the others
        int sameDay = (int) (emptyDetailLanes(cellBase, true) - later);
        h[at - 3] += sameDay;
        days.touched |= groups | (sameDay != 0 ? 1 : 0); // a unit's histogram is emptied only when touched
        amounts.add(store, cellBase, from, to);
        if (periodEnd[q] < periods.lastDay()) {
            int firstRel = (int) (periods.firstDay() - store.baseDay);
            int lastRel = (int) Math.min(periods.lastDay() - store.baseDay, 1 << 20);
            days.clearedWithin(store, from, to, endRel + 1, lastRel, firstRel);
        }
    }

    /**
     * The loop of {@link #occurredAndClearedHeld} over a packed store's rows {@code from .. to}
     * (fewer than {@code delays.length}), for a period that ends before store-relative day 0xFFFF
     * (179 years after the store's first day: every period but the most remote): the counter of
     * (category, flags, cleared by store-relative day {@code endRel}, row mod 4) read from the one
     * byte of flags ({@code mask}: the category's bits and the flags asked for); the days to clear
     * of the rows cleared by then after a day or more into {@code delays}. Returns how many. A row
     * not cleared has a delay of 0xFFFF, so its day plus delay is after the period's end: no test
     * of the delay itself (three operations of a dozen a row; 9 % of the loop's time). No branch
     * depends on the data.
     */
    private static int heldPacked(IncidentStore store, int from, int to, int endRel, int mask, long[] lane,
            int[] delays) {
        final char[] day = store.day;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = (day[r] + delay - endRel - 1) >>> 31;
            lane[((flags[r] & mask) << 3) | (cleared << 2) | (r & 3)]++;
            delays[k] = delay;
            k += cleared & (-delay >>> 31);
        }
        return k;
    }

    /**
     * {@link #heldPacked} for a store of more than 64 categories, whose category has a byte of its
     * own, or a period that ends 179 years or more after the store's first day: category and flags
     * from their own bytes (a packed store's flags hold them too), and the delay tested for "not
     * cleared".
     */
    private static int heldSplit(IncidentStore store, int from, int to, int endRel, int flagMask, long[] lane,
            int[] delays) {
        final char[] day = store.day;
        final byte[] category = store.category;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
            delays[k] = delay;
            k += cleared & (-delay >>> 31);
        }
        return k;
    }

    /** Adds the counts-only lanes into the cells from {@code cellBase} and zeroes them. */
    private void emptyCountLanes(int cellBase) {
        emptyLanes(lanes, columns[COUNT], cellBase, categories);
    }

    /**
     * Adds four lanes a cell ({@code lane[i << 2 .. (i << 2) + 3]}) into {@code cells[cellBase +
     * i]} for the first {@code n} cells, and zeroes them.
     */
    static void emptyLanes(long[] lane, long[] cells, int cellBase, int n) {
        for (int i = 0; i < n; i++) {
            int at = i << 2;
            cells[cellBase + i] += lane[at] + lane[at + 1] + lane[at + 2] + lane[at + 3];
            lane[at] = 0;
            lane[at + 1] = 0;
            lane[at + 2] = 0;
            lane[at + 3] = 0;
        }
    }

    /**
     * Adds the detail lanes (category << 5 | repeat << 4 | criminal << 3 | cleared << 2 |
     * row mod 4) into the cells from {@code cellBase} and zeroes them; with {@code clearances},
     * the cleared bit adds to CLEARANCES as well as to CLEARED (either may be absent). Without a
     * branch on the counts: a category's eight sums of four lanes, then each measure the sum of
     * the four that have its bit. Returns the rows with the cleared bit.
     */
    private long emptyDetailLanes(int cellBase, boolean clearancesToo) {
        final long[] lane = lanes;
        final long[] count = columns[COUNT];
        final long[] criminal = columns[CRIMINAL];
        final long[] repeat = columns[REPEAT];
        final long[] cleared = columns[CLEARED];
        final long[] clearances = clearancesToo ? columns[CLEARANCES] : null;
        final long[] n = bitSums;
        long clearedTotal = 0;
        for (int c = 0; c < categories; c++) {
            int at = c << 5;
            for (int bits = 0; bits < 8; bits++) {
                int b = at | (bits << 2);
                n[bits] = lane[b] + lane[b + 1] + lane[b + 2] + lane[b + 3];
            }
            Arrays.fill(lane, at, at + 32, 0);
            int cell = cellBase + c;
            count[cell] += n[0] + n[1] + n[2] + n[3] + n[4] + n[5] + n[6] + n[7];
            long clearedSum = n[1] + n[3] + n[5] + n[7];
            clearedTotal += clearedSum;
            if (cleared != null) {
                cleared[cell] += clearedSum;
            }
            if (clearances != null) {
                clearances[cell] += clearedSum;
            }
            if (criminal != null) {
                criminal[cell] += n[2] + n[3] + n[6] + n[7];
            }
            if (repeat != null) {
                repeat[cell] += n[4] + n[5] + n[6] + n[7];
            }
        }
        return clearedTotal;
    }

}
