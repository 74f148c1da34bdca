package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * One thread's pass of an {@link IncidentAccumulator}: the loops, and the scratch of the
 * days-to-clear histogram. Writes the measures into the accumulator's arrays (only the blocks of
 * the units it is given) and its days-to-clear runs into {@code out}. Not thread-safe;
 * package-private.
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
    private static final int LOSS = IncidentMeasure.LOSS_FEN.ordinal();
    private static final int RECOVERED = IncidentMeasure.RECOVERED_FEN.ordinal();
    /**
     * The first counters of {@link #histogram}: where a row that adds no days to clear counts, so
     * that the fused loop increments a counter for every row.
     */
    private static final int DUMMY = 4;
    /**
     * Days to clear below which the fused loop does not look at a row again: the histogram is
     * emptied up to here at least, and a row cleared in its period after more days is gathered
     * (2 % of rows in the standard sample, so the branch is predicted) to mark its group of days
     * ({@link #touched}) — cheaper than marking every row's.
     */
    private static final int SHORT = 64;

    private final PeriodIndex periods;
    private final int categories;
    private final boolean countsOnly;
    private final long[][] columns;
    private final long[] periodEnd;
    private final long[] periodStart;
    /** Disjoint periods: the period of day {@code firstDay + d} of the span, or -1. */
    private final int[] periodOfDay;
    private final int width;
    /** Where the days-to-clear runs go. */
    private ClearanceRuns out;
    /**
     * The unit of the arrays' first cells: 0, or the range's first unit when the accumulator is
     * {@linkplain IncidentAccumulator#ranged ranged}. The days-to-clear runs keep the store's units.
     */
    int firstUnit;
    /** Rows gathered for counting by the day cleared. */
    private final int[] kept = new int[4096];
    /** {@link #occurredAndClearedHeld}'s days to clear of the rows of a chunk cleared in their period. */
    private final int[] delays = new int[4096];
    /** The counters of a run of {@link #occurred} (see there), zero between runs. */
    private final long[] lanes;
    /**
     * Days to clear below {@link #width} of the current unit, four lanes, after {@link #DUMMY}
     * dummy counters: [DUMMY + (period × width + days) × 4 + lane]; null without CLEARANCES.
     */
    private final int[] histogram;
    /**
     * Counters of a period in {@link #histogram}: day 0 in four lanes (half the rows cleared in
     * their period in the standard sample were cleared the day they occurred, so consecutive
     * rows would wait on each other's increment), then one counter a day from day 1 — so that
     * emptying reads one counter a day, not four. Day d, lane l is at {@link #slot}(d, l).
     */
    private final int stride;
    /**
     * The groups of days of the histogram that may hold counts: bit g for days g × 2^{@link
     * #groupShift} to (g + 1) × 2^groupShift − 1 of every period, so that emptying a unit's
     * histogram reads the groups of its delays, not every day up to its longest (a unit with
     * one incident cleared after 400 days would otherwise read 400 days of each period).
     */
    private long touched;
    /** log2 of the days of a group of {@link #touched}: 64 groups cover {@link #width}. */
    private final int groupShift;
    /** {@link #touched} of the days below {@link #SHORT} (or the width). */
    private final long shortGroups;
    /** CLEARANCES counted by the day cleared of the current unit: four lanes per (period, category). */
    private final long[] clearanceLanes;
    /** Longer days to clear of the current unit: period << 16 | days. */
    private long[] longer = new long[64];
    private int longerCount;
    /**
     * Whether every period is at most {@link #width} days long, so that a row cleared in the
     * period it occurred in took fewer days than the histogram holds: then the fused loop needs
     * no look at any row again ({@link #occurredAndClearedHeld}).
     */
    private final boolean periodsFitHistogram;
    /** {@link #emptyDetailLanes}' sums of one category's lanes by their bits. */
    private final long[] bitSums = new long[8];
    /** {@link #amounts}' sums of one run: [category << 2 | lane << 1 | (0 loss, 1 recovered)]. */
    private final long[] amountLanes;
    /** Where {@link #amounts} stopped: the runs come in row order, so the next usually starts there. */
    private int amountCursor;

    IncidentPass(IncidentAccumulator acc, ClearanceRuns out) {
        this.periods = acc.periods;
        this.categories = acc.categories;
        this.countsOnly = acc.mask == IncidentAccumulator.COUNT_ONLY;
        this.columns = acc.columns;
        this.periodStart = acc.periodStart;
        this.periodEnd = acc.periodEnd;
        this.periodOfDay = acc.periodOfDay;
        this.width = acc.histogramWidth;
        this.groupShift = Math.max(0, Integer.numberOfTrailingZeros(width) - 6);
        int shortDays = Math.min(width, SHORT);
        long groups = ((shortDays - 1) >>> groupShift) + 1;
        this.shortGroups = groups >= 64 ? -1L : (1L << groups) - 1;
        this.out = out;
        this.lanes = new long[countsOnly ? categories << 2 : categories << 5];
        boolean distributions = columns[CLEARANCES] != null;
        this.stride = width + 3;
        this.histogram = distributions ? new int[DUMMY + periods.size() * stride] : null;
        this.clearanceLanes = distributions ? new long[periods.size() * categories * 4] : null;
        this.amountLanes = new long[categories << 2];
        boolean fit = true;
        for (int q = 0; q < periodStart.length; q++) {
            fit &= periodEnd[q] - periodStart[q] < width;
        }
        this.periodsFitHistogram = fit;
    }

    /** {@link #addRows(IncidentStore, int, int)}, the days-to-clear runs into {@code into} from now on. */
    void addRows(IncidentStore store, int from, int to, ClearanceRuns into) {
        out = into;
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
            if (histogram != null) {
                clearances(store, lo, a); // rows before the span cleared within it
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
            if (histogram != null) {
                clearances(store, lo, b);
            }
        }
        if (histogram != null) {
            flush(u);
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
                if (histogram != null) {
                    clearances(store, r, e);
                }
                r = e;
                continue;
            }
            int e = periodEnd[q] >= periods.lastDay() ? b : store.firstRowOnOrAfter(r, b, periodEnd[q] + 1);
            if (histogram != null && periodsFitHistogram) {
                occurredAndClearedHeld(store, u, q, r, e);
            } else if (histogram != null) {
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
        amounts(store, cellBase, from, to);
    }

    private int flagMask() {
        return (columns[CRIMINAL] != null ? IncidentStore.CRIMINAL : 0)
                | (columns[REPEAT] != null ? IncidentStore.REPEAT : 0);
    }

    /**
     * Disjoint periods with CLEARANCES: {@link #occurred}, and in the same loop the clearances
     * of rows cleared by the period's end, which were cleared in it (see the class comment).
     * The rows cleared later in the span, or after more days than the histogram holds, are
     * gathered without a branch and counted by {@link #countCarried}.
     */
    private void occurredAndCleared(IncidentStore store, int u, int q, int from, int to) {
        final char[] day = store.day;
        final byte[] category = store.category;
        final byte[] flags = store.flags;
        final char[] clearDelay = store.clearDelay;
        final int cellBase = ((u - firstUnit) * periods.size() + q) * categories;
        final long[] lane = lanes;
        final int[] h = histogram;
        final int[] gathered = kept;
        final int flagMask = flagMask();
        final int w = width;
        final int hBase = DUMMY + q * stride;
        final int t = Math.min(w, SHORT);
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
                h[((hBase + slot(delay, r & 3)) & -held) | ((r & 3) & (held - 1))]++;
                // cleared within the span, and after the period's end or after SHORT days or more: rare
                if ((isCleared & ((cd - lastRel - 1) >>> 31) & (((t - 1 - delay) | (endRel - cd)) >>> 31)) != 0) {
                    gathered[k++] = r;
                }
            }
            touched |= shortGroups;
            countCarried(store, q, endRel, k);
        }
        emptyDetailLanes(cellBase, true);
        amounts(store, cellBase, from, to);
    }

    /**
     * {@link #occurredAndCleared} when every period fits the histogram: a row cleared by its
     * period's end was cleared in it, after fewer days than the period has, so its days go into
     * the histogram and nothing in the loop is rare enough to gather. The loop over the rows
     * ({@link #heldPacked} or {@link #heldSplit}) increments the row's counter in {@link #lanes}
     * and writes its days to clear into {@link #delays} — a store, not an increment — advancing
     * only for a row cleared in the period after a day or more; a second loop counts those days
     * into the histogram and marks their groups of days ({@link #touched}), so that emptying reads
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
        final int[] h = histogram;
        final int[] d = delays;
        final int at = DUMMY + q * stride + 3; // day 1 of period q at at + 1
        final int shift = groupShift;
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
        touched |= groups | (sameDay != 0 ? 1 : 0); // a unit's histogram is emptied only when touched
        amounts(store, cellBase, from, to);
        if (periodEnd[q] < periods.lastDay()) {
            int firstRel = (int) (periods.firstDay() - store.baseDay);
            int lastRel = (int) Math.min(periods.lastDay() - store.baseDay, 1 << 20);
            clearedWithin(store, from, to, endRel + 1, lastRel, firstRel);
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

    /** Where day {@code days} is counted by lane {@code l} in a period's block of {@link #histogram}. */
    private static int slot(int days, int l) {
        return days + 3 - ((3 - l) & ((days - 1) >> 31));   // day 0: lane l; day d >= 1: d + 3
    }

    /**
     * The {@code k} rows gathered by {@link #occurredAndCleared} from period {@code q}. Those
     * cleared by its end ({@code endRel}) took {@link #SHORT} days or more: counted in CLEARANCES
     * already, and in the histogram if it holds their days (which then reaches that far), else
     * among the longer delays. The others are counted in the period they were cleared in, if any.
     */
    private void countCarried(IncidentStore store, int q, int endRel, int k) {
        final char[] day = store.day;
        final char[] clearDelay = store.clearDelay;
        final int firstRel = (int) (periods.firstDay() - store.baseDay);
        int j = 0;
        for (int i = 0; i < k; i++) {
            int r = kept[i];
            int delay = clearDelay[r];
            if (day[r] + delay <= endRel) {
                if (delay < width) {
                    touched |= 1L << (delay >>> groupShift);
                } else {
                    longer(q, delay);
                }
            } else {
                kept[j++] = r; // in place: j <= i
            }
        }
        countKeptDisjoint(store, kept, j, firstRel);
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

    /**
     * The amounts of rows {@code from .. to} (sparse, sorted by row) into the cells from {@code
     * cellBase}: into two lanes a category first (amount k in lane k mod 2, since amounts come
     * mostly in a few categories and consecutive ones would wait on each other's sum), then into
     * the cells.
     */
    private void amounts(IncidentStore store, int cellBase, int from, int to) {
        final long[] loss = columns[LOSS];
        final long[] recovered = columns[RECOVERED];
        if (loss == null && recovered == null) {
            return;
        }
        final int[] amountRow = store.amountRow;
        final byte[] category = store.category;
        final long[] amount = store.amount;
        // the first amount at or after row from: at or after where the last run's ended, usually
        // there or a few hundred amounts on (the rows between the runs), found by galloping
        int k = amountCursor;
        if (k > amountRow.length || (k > 0 && amountRow[k - 1] >= from)) {
            k = Arrays.binarySearch(amountRow, from);
            if (k < 0) {
                k = -k - 1;
            }
        } else {
            k = firstAtOrAfter(amountRow, k, from);
        }
        final long[] sums = amountLanes;
        int first = k;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            long both = amount[k]; // loss << 32 | recovered; 0 for one of the large amounts
            sums[at] += both >>> 32;
            sums[at + 1] += both & 0xFFFF_FFFFL;
        }
        amountCursor = k;
        if (k == first) {
            return;
        }
        if (store.largeAt.length > 0) {
            largeAmounts(store, first, k);
        }
        for (int c = 0; c < categories; c++) {
            int at = c << 2;
            if (loss != null) {
                loss[cellBase + c] += sums[at] + sums[at + 2];
            }
            if (recovered != null) {
                recovered[cellBase + c] += sums[at + 1] + sums[at + 3];
            }
        }
        Arrays.fill(sums, 0, categories << 2, 0);
    }

    /** Adds the amounts of 2^32 fen or more among amounts {@code first .. end} to {@link #amountLanes}. */
    private void largeAmounts(IncidentStore store, int first, int end) {
        final int[] largeAt = store.largeAt;
        int i = Arrays.binarySearch(largeAt, first);
        for (i = i < 0 ? -i - 1 : i; i < largeAt.length && largeAt[i] < end; i++) {
            int at = (store.category[store.amountRow[largeAt[i]]] & 0xFF) << 2;
            amountLanes[at] += store.largeLoss[i];
            amountLanes[at + 1] += store.largeRecovered[i];
        }
    }

    /**
     * The first index from {@code k} of sorted {@code a} whose value is at least {@code v}, or
     * {@code a.length}: galloping from {@code k} (steps of 1, 2, 4, …), then a binary search
     * of the last step — a few reads near {@code k} when the index is near, where a binary
     * search of the whole array reads as many cache lines as it halves the array.
     */
    static int firstAtOrAfter(int[] a, int k, int v) {
        int lo = k;
        int hi = k;
        for (int step = 1; hi < a.length && a[hi] < v; step <<= 1) {
            lo = hi + 1;
            hi = (int) Math.min(a.length, (long) hi + step);
        }
        while (lo < hi) { // a[lo - 1] < v when lo > k; a[hi] >= v or hi == a.length
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * CLEARANCES and days to clear of rows {@code lo .. hi} of one unit, by the day cleared.
     * Blocks of rows none of which was cleared on or after the span's first day are skipped
     * ({@link IncidentStore#skipClearedBefore}). Rows are not sorted by the day cleared, and
     * whether a row is cleared within the span is a coin toss the processor cannot predict, so
     * the rows that are are first gathered without a branch ({@code kept[k] = r; k += keep}),
     * then counted.
     */
    private void clearances(IncidentStore store, int lo, int hi) {
        // the span in store-relative days, clamped so that the arithmetic cannot overflow (a
        // span is at most 1,000,000 days, so a row can only clear in it within the clamps)
        final long firstRel = Math.min(1L << 30, Math.max(-(1L << 20), periods.firstDay() - store.baseDay));
        final long spanDays = Math.min(1L << 21, periods.lastDay() - periods.firstDay());
        clearedWithin(store, lo, hi, firstRel, firstRel + spanDays, (int) firstRel);
    }

    /**
     * Counts the rows {@code lo .. hi} of one unit cleared on store-relative days {@code fromRel}
     * to {@code toRel}, as {@link #clearances} (whose span's first day is {@code firstRel}).
     */
    private void clearedWithin(IncidentStore store, int lo, int hi, long fromRel, long toRel, int firstRel) {
        final char[] day = store.day;
        final char[] clearDelay = store.clearDelay;
        final int[] gathered = kept;
        final long days = toRel - fromRel;
        final int skipBelow = (int) Math.max(0, Math.min(fromRel, IncidentStore.NOT_CLEARED));
        int k = 0;
        int r = store.skipClearedBefore(lo, hi, skipBelow);
        while (r < hi) {
            int to = Math.min(hi, store.blockEnd(r));
            for (; r < to; r++) {
                int delay = clearDelay[r];
                long offset = day[r] + delay - fromRel;
                gathered[k] = r;
                // 1 when 0 <= offset <= days and delay != NOT_CLEARED, without a branch
                k += (int) (((offset | (days - offset)) >>> 63) ^ 1) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            }
            if (k > gathered.length - IncidentStore.BLOCK) {
                countKept(store, k, firstRel);
                k = 0;
            }
            r = store.skipClearedBefore(r, hi, skipBelow);
        }
        countKept(store, k, firstRel);
    }

    /** Counts the first {@code k} rows of {@link #kept}, all cleared within the span. */
    private void countKept(IncidentStore store, int k, int firstRel) {
        if (periods.isDisjoint()) {
            countKeptDisjoint(store, kept, k, firstRel);
            return;
        }
        // overlapping periods: every period containing the day cleared, counted into lanes
        final char[] day = store.day;
        final byte[] category = store.category;
        final char[] clearDelay = store.clearDelay;
        final long base = store.baseDay;
        final long[] lane = clearanceLanes;
        final int[] h = histogram;
        final int c = categories;
        final int w = width;
        long groups = touched;
        for (int i = 0; i < k; i++) {
            int r = kept[i];
            int delay = clearDelay[r];
            long cd = base + day[r] + delay;
            int cat = category[r] & 0xFF;
            for (int s = periods.slotStart(cd), end = periods.slotEnd(cd); s < end; s++) {
                int q = periods.slotPeriod(s);
                lane[((q * c + cat) << 2) | (i & 3)]++;
                if (delay < w) {
                    h[DUMMY + q * stride + slot(delay, i & 3)]++;
                    groups |= 1L << (delay >>> groupShift);
                } else {
                    longer(q, delay);
                }
            }
        }
        touched = groups;
    }

    /**
     * Disjoint periods: counts the gathered rows (cleared within the span) into lanes, entry
     * i in lane i mod 4, so that equal consecutive cells do not wait on each other's increment.
     */
    private void countKeptDisjoint(IncidentStore store, int[] gathered, int k, int firstRel) {
        final char[] day = store.day;
        final byte[] category = store.category;
        final char[] clearDelay = store.clearDelay;
        final int[] periodOfDay = this.periodOfDay;
        final long[] lane = clearanceLanes;
        final int[] h = histogram;
        final int c = categories;
        final int w = width;
        long groups = touched;
        for (int i = 0; i < k; i++) {
            int r = gathered[i];
            int delay = clearDelay[r];
            int q = periodOfDay[day[r] + delay - firstRel];
            if (q < 0) {
                continue; // cleared between two periods
            }
            lane[((q * c + (category[r] & 0xFF)) << 2) | (i & 3)]++;
            if (delay < w) {
                h[DUMMY + q * stride + slot(delay, i & 3)]++;
                groups |= 1L << (delay >>> groupShift);
            } else {
                longer(q, delay);
            }
        }
        touched = groups;
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
        if (touched == 0 && longerCount == 0) {
            return;
        }
        final int p = periods.size();
        final int c = categories;
        final long[] lane = clearanceLanes;
        final long[] clearances = columns[CLEARANCES];
        final int cellBase = (u - firstUnit) * p * c;
        for (int i = 0; i < p * c; i++) {
            int at = i << 2;
            clearances[cellBase + i] += lane[at] + lane[at + 1] + lane[at + 2] + lane[at + 3];
            lane[at] = 0;
            lane[at + 1] = 0;
            lane[at + 2] = 0;
            lane[at + 3] = 0;
        }
        final int[] h = histogram;
        final long keyBase = (long) u * p;
        Arrays.fill(h, 0, DUMMY, 0);
        Arrays.sort(longer, 0, longerCount);
        int j = 0;
        for (int q = 0; q < p; q++) {
            long key = (keyBase + q) << 16;
            int at = DUMMY + q * stride;
            int zero = h[at] + h[at + 1] + h[at + 2] + h[at + 3];
            if (zero != 0) {
                out.add(key, zero);
                Arrays.fill(h, at, at + 4, 0);
            }
            at += 3;   // day d at at + d
            for (long groups = touched; groups != 0; groups &= groups - 1) {
                int first = Long.numberOfTrailingZeros(groups) << groupShift;
                out.addNonZero(key, h, at, Math.max(1, first), first + (1 << groupShift));
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
        touched = 0;
        longerCount = 0;
    }
}
