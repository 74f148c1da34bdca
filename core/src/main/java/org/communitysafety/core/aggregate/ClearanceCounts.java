package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * The clearances of an {@link IncidentPass}'s current unit counted by the day they were cleared,
 * and its days-to-clear histogram: CLEARANCES of the rows cleared in a period whenever they
 * occurred (the pass's loops count those cleared in the period they occurred in; this class the
 * rows before the span, between periods, or cleared after their period's end, found with the
 * store's block bound), and the days to clear, emptied in order into {@link ClearanceRuns} when
 * the unit is done ({@link #flush}). The pass's loops write into {@link #histogram}, {@link
 * #touched} and {@link #kept} directly. Not thread-safe; one per pass; package-private.
 */
final class ClearanceCounts {
    private static final int CLEARANCES = IncidentMeasure.CLEARANCES.ordinal();
    /**
     * The first counters of {@link #histogram}: where a row that adds no days to clear counts, so
     * that the fused loop increments a counter for every row.
     */
    static final int DUMMY = 4;
    /**
     * Days to clear below which the fused loop does not look at a row again: the histogram is
     * emptied up to here at least, and a row cleared in its period after more days is gathered
     * (2 % of rows in the standard sample, so the branch is predicted) to mark its group of days
     * ({@link #touched}) — cheaper than marking every row's.
     */
    static final int SHORT = 64;
    /** Disjoint periods: the period of day {@code firstDay + d} of the span, or -1. */
    private final int[] periodOfDay;
    /** Where the days-to-clear runs go. */
    ClearanceRuns out;
    /** Rows gathered for counting by the day cleared. */
    final int[] kept = new int[4096];
    /**
     * Days to clear below {@link #width} of the current unit, four lanes, after {@link #DUMMY}
     * dummy counters: period q from {@link #periodBase}(q), day d in lane l at {@link #slot}(d, l) from there.
     */
    final int[] histogram;
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
    long touched;
    /** log2 of the days of a group of {@link #touched}: 64 groups cover {@link #width}. */
    final int groupShift;
    /** {@link #touched} of the days below {@link #SHORT} (or the width). */
    final long shortGroups;
    /** CLEARANCES counted by the day cleared of the current unit: four lanes per (period, category). */
    private final long[] clearanceLanes;
    /** Longer days to clear of the current unit: period << 16 | days. */
    private long[] longer = new long[64];
    private int longerCount;
    private final PeriodIndex periods;
    private final int categories;
    private final long[][] columns;
    /** Days the histogram holds a period: days to clear from 0 to width − 1. */
    private final int width;

    ClearanceCounts(IncidentAccumulator acc, ClearanceRuns out) {
        this.periods = acc.periods;
        this.categories = acc.categories;
        this.columns = acc.columns;
        this.periodOfDay = acc.periodOfDay;
        this.width = acc.histogramWidth;
        this.groupShift = Math.max(0, Integer.numberOfTrailingZeros(width) - 6);
        int shortDays = Math.min(width, SHORT);
        long groups = ((shortDays - 1) >>> groupShift) + 1;
        this.shortGroups = groups >= 64 ? -1L : (1L << groups) - 1;
        this.out = out;
        this.stride = width + 3;
        this.histogram = new int[DUMMY + periods.size() * stride];
        this.clearanceLanes = new long[periods.size() * categories * 4];
    }

    /** Where period {@code q}'s counters start in {@link #histogram}. */
    int periodBase(int q) {
        return DUMMY + q * stride;
    }

    /** Where day {@code days} is counted by lane {@code l} in a period's block of {@link #histogram}. */
    static int slot(int days, int l) {
        return days + 3 - ((3 - l) & ((days - 1) >> 31));   // day 0: lane l; day d >= 1: d + 3
    }

    /**
     * The {@code k} rows of {@link #kept} gathered by the pass's loop over period {@code q} when
     * a period is longer than the histogram. Those cleared by its end ({@code endRel}) took {@link #SHORT} days or more: counted in CLEARANCES
     * already, and in the histogram if it holds their days (which then reaches that far), else
     * among the longer delays. The others are counted in the period they were cleared in, if any.
     */
    void countCarried(IncidentStore store, int q, int endRel, int k) {
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

    /**
     * CLEARANCES and days to clear of rows {@code lo .. hi} of one unit, by the day cleared.
     * Blocks of rows none of which was cleared on or after the span's first day are skipped
     * ({@link IncidentStore#skipClearedBefore}). Rows are not sorted by the day cleared, and
     * whether a row is cleared within the span is a coin toss the processor cannot predict, so
     * the rows that are are first gathered without a branch ({@code kept[k] = r; k += keep}),
     * then counted.
     */
    void clearances(IncidentStore store, int lo, int hi) {
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
    void clearedWithin(IncidentStore store, int lo, int hi, long fromRel, long toRel, int firstRel) {
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
    void flush(int u, int firstUnit) {
        if (touched == 0 && longerCount == 0) {
            return;
        }
        final int p = periods.size();
        final int c = categories;
        IncidentPass.emptyLanes(clearanceLanes, columns[CLEARANCES], (u - firstUnit) * p * c, p * c);
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
