package org.communitysafety.core.aggregate;

/**
 * What an outreach session adds to a {@link RecordAccumulator}: for every period containing the
 * day it was held, 1 to {@code SESSIONS} and each of its figures to the matching {@link
 * OutreachMeasure} (value column k to measure k + 1, the loss avoided to {@code
 * LOSS_AVOIDED_FEN}). The sums are {@code long}: a sum of {@code int} figures (an audience in
 * person-times) can pass 2³¹. Stateless; package-private.
 */
final class OutreachSums implements RecordAccumulator.Filler {
    private static final int LOSS = OutreachMeasure.LOSS_AVOIDED_FEN.ordinal();

    @Override
    public void fill(RecordAccumulator<?> acc, RecordStore<?> store, int from, int to) {
        final int[] staff = store.values[0];
        final int[] volunteers = store.values[1];
        final int[] audience = store.values[2];
        final int[] households = store.values[3];
        final int[] found = store.values[4];
        final int[] fixed = store.values[5];
        final int[] leads = store.values[6];
        final int[] frauds = store.values[7];
        final int[] held = store.day;
        final int[] lossRow = store.amountRow;
        final PeriodIndex periods = acc.periods;
        final long first = periods.firstDay();
        final long last = periods.lastDay();
        int lossIndex = store.firstAmountAtOrAfter(from);
        for (int r = from; r < to; r++) {
            boolean hasLoss = lossIndex < lossRow.length && lossRow[lossIndex] == r;
            int d = held[r];
            if (d >= first && d <= last) {
                for (int slot = periods.slotStart(d), end = periods.slotEnd(d); slot < end; slot++) {
                    int base = acc.base(store.unit[r], periods.slotPeriod(slot), store.type[r]);
                    long[] s = acc.sums;   // after base(): a hashed accumulator's sums grow
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
                        s[base + LOSS] = Math.addExact(s[base + LOSS], store.amount[lossIndex]);
                    }
                }
            }
            if (hasLoss) {
                lossIndex++;
            }
        }
    }
}
