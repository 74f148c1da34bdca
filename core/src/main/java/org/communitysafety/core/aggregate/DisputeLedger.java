package org.communitysafety.core.aggregate;

/**
 * What a dispute adds to a {@link RecordAccumulator}: the measures of {@link DisputeMeasure}.
 * Stateless; package-private.
 *
 * <p>For every period containing the day it was received: {@code RECEIVED}, {@code AMOUNT_FEN},
 * and, when closed by the period's last day, {@code CONCLUDED_OF_RECEIVED} and (if resolved)
 * {@code RESOLVED}. For every period containing the day it was closed: {@code CONCLUDED},
 * {@code CONCLUDED_RESOLVED} if resolved, and its days to close in that period's distribution.
 * Both are {@link PeriodIndex} look-ups. The backlogs depend on where the whole interval from
 * received to closed lies against a period, not on one day: a dispute is in the opening backlog
 * of the periods that start after it was received and not after it was closed, and in the
 * closing backlog of those that end on or after the day it was received and before it was
 * closed — each a run of the periods ordered by first (last) day, found by a binary search, so a
 * monthly series of ten years costs a dispute closed within weeks two searches, not 120 tests.
 */
final class DisputeLedger implements RecordAccumulator.Filler {
    /** A dispute is old when the period's last day is more than this many days after it was received. */
    static final int OLD_AFTER_DAYS = 365;
    private static final int RECEIVED = DisputeMeasure.RECEIVED.ordinal();
    private static final int RESOLVED = DisputeMeasure.RESOLVED.ordinal();
    private static final int CONCLUDED_OF_RECEIVED = DisputeMeasure.CONCLUDED_OF_RECEIVED.ordinal();
    private static final int CONCLUDED = DisputeMeasure.CONCLUDED.ordinal();
    private static final int CONCLUDED_RESOLVED = DisputeMeasure.CONCLUDED_RESOLVED.ordinal();
    private static final int OPENING = DisputeMeasure.OPENING_BACKLOG.ordinal();
    private static final int CLOSING = DisputeMeasure.CLOSING_BACKLOG.ordinal();
    private static final int OLD = DisputeMeasure.OLD_BACKLOG.ordinal();
    private static final int AMOUNT = DisputeMeasure.AMOUNT_FEN.ordinal();

    @Override
    public void fill(RecordAccumulator<?> acc, RecordStore<?> store, int from, int to) {
        final PeriodIndex periods = acc.periods;
        final long[] periodStart = acc.periodStart;
        final long[] periodEnd = acc.periodEnd;
        final int p = periods.size();
        // the periods by first day and by last day: a dispute is open at the start or end of only
        // the few periods its open interval spans, found by two binary searches, not by testing all
        final int[] byStart = order(periodStart);
        final int[] byEnd = order(periodEnd);
        final long[] starts = sorted(periodStart, byStart);
        final long[] ends = sorted(periodEnd, byEnd);
        final int[] received = store.day;
        final int[] closeDelay = store.values[DisputeStoreBuilder.CLOSE_DELAY];
        final byte[] status = store.codes[DisputeStoreBuilder.STATUS];
        final int[] amountRow = store.amountRow;
        int amountIndex = store.firstAmountAtOrAfter(from);
        for (int r = from; r < to; r++) {
            int d = received[r];
            int u = store.unit[r];
            int ty = store.type[r];
            int delay = closeDelay[r];
            boolean open = delay == DisputeStoreBuilder.OPEN;
            boolean isResolved = status[r] == DisputeStoreBuilder.STATUS_RESOLVED;
            long closed = open ? Long.MAX_VALUE : (long) d + delay;
            boolean hasAmount = amountIndex < amountRow.length && amountRow[amountIndex] == r;
            for (int slot = periods.slotStart(d), end = periods.slotEnd(d); slot < end; slot++) {
                int period = periods.slotPeriod(slot);
                int base = acc.base(u, period, ty);
                long[] s = acc.sums;   // after base(): a hashed accumulator's sums grow
                s[base + RECEIVED]++;
                if (closed <= periodEnd[period]) {
                    s[base + CONCLUDED_OF_RECEIVED]++;
                    if (isResolved) {
                        s[base + RESOLVED]++;
                    }
                }
                if (hasAmount) {
                    s[base + AMOUNT] = Math.addExact(s[base + AMOUNT], store.amount[amountIndex]);
                }
            }
            if (hasAmount) {
                amountIndex++;
            }
            if (!open) {
                for (int slot = periods.slotStart(closed), end = periods.slotEnd(closed); slot < end; slot++) {
                    int period = periods.slotPeriod(slot);
                    int base = acc.base(u, period, ty);
                    long[] s = acc.sums;   // after base(): a hashed accumulator's sums grow
                    s[base + CONCLUDED]++;
                    if (isResolved) {
                        s[base + CONCLUDED_RESOLVED]++;
                    }
                    acc.day(u * p + period, delay);
                }
            }
            // opening backlog: the periods that start after the day received, not after the day closed
            for (int k = firstAfter(starts, d); k < p && starts[k] <= closed; k++) {
                int opening = acc.base(u, byStart[k], ty);
                acc.sums[opening + OPENING]++;
            }
            // closing (and old) backlog: the periods that end on or after the day received, before the day closed
            for (int k = firstAfter(ends, d - 1); k < p && ends[k] < closed; k++) {
                int base = acc.base(u, byEnd[k], ty);
                long[] s = acc.sums;   // after base(): a hashed accumulator's sums grow
                s[base + CLOSING]++;
                if (ends[k] - d > OLD_AFTER_DAYS) {
                    s[base + OLD]++;
                }
            }
        }
    }

    /** The indices of {@code days} in ascending order of their day. */
    private static int[] order(long[] days) {
        return java.util.stream.IntStream.range(0, days.length).boxed()
                .sorted(java.util.Comparator.comparingLong(i -> days[i])).mapToInt(Integer::intValue).toArray();
    }

    private static long[] sorted(long[] days, int[] order) {
        long[] out = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = days[order[k]];
        }
        return out;
    }

    /** The first index of ascending {@code days} whose day is after {@code day}, or its length. */
    private static int firstAfter(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
