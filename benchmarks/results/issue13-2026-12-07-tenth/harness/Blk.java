package org.communitysafety.core.aggregate;
public class Blk {
    public static void run(IncidentStore s, PeriodIndex periods) {
        int first = (int) (periods.firstDay() - s.baseDay);
        for (int bs : new int[] {8, 16, 32, 64}) {
            long blocksBefore = 0, blocksRead = 0, rowsRead = 0, qualify = 0;
            for (int u = 0; u < s.unitCount(); u++) {
                int lo = s.rowsFrom(u), a = s.firstRowOnOrAfter(lo, s.rowsFrom(u + 1), periods.firstDay());
                // blocks aligned to bs over rows lo..a
                for (int b0 = (lo / bs) * bs; b0 < a; b0 += bs) {
                    int from = Math.max(lo, b0), to = Math.min(a, b0 + bs);
                    int max = 0;
                    for (int r = b0; r < Math.min(s.size(), b0 + bs); r++) {
                        int d = s.clearDelay[r];
                        if (d != IncidentStore.NOT_CLEARED) max = Math.max(max, s.day[r] + d);
                    }
                    blocksBefore++;
                    if (max >= first) { blocksRead++; rowsRead += to - from; }
                    for (int r = from; r < to; r++) {
                        int d = s.clearDelay[r];
                        if (d != IncidentStore.NOT_CLEARED && s.day[r] + d >= first) qualify++;
                    }
                }
            }
            System.out.printf("block %d: blocks %d read %d rows read %d qualifying %d%n", bs, blocksBefore, blocksRead, rowsRead, qualify);
        }
    }
}
