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
 * received to closed lies against a period, not on one day, so for them the record is tested
 * against every period — cheap, as there are few periods — after a test that skips the
 * disputes closed before the first period or received after the last.
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
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        final long[] s = acc.sums;
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
                    s[base + CONCLUDED]++;
                    if (isResolved) {
                        s[base + CONCLUDED_RESOLVED]++;
                    }
                    acc.day(u * p + period, delay);
                }
            }
            if (d <= last && closed >= first) {
                // open at some period's start or end only if received by the last period's end and
                // not closed before the first period's start
                for (int period = 0; period < p; period++) {
                    long start = periodStart[period];
                    long stop = periodEnd[period];
                    int base = acc.base(u, period, ty);
                    if (d < start && closed >= start) {
                        s[base + OPENING]++;
                    }
                    if (d <= stop && closed > stop) {
                        s[base + CLOSING]++;
                        if (stop - d > OLD_AFTER_DAYS) {
                            s[base + OLD]++;
                        }
                    }
                }
            }
        }
    }
}
