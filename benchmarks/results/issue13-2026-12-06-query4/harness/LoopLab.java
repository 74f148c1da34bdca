package org.communitysafety.core.aggregate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

public class LoopLab {
    static int[] from, to, q, endRels;
    static long sink;

    public static void run(IncidentStore s, PeriodIndex periods, int rounds) {
        // runs: for each unit, the rows of each period
        int units = s.unitCount();
        int[] f = new int[units * 2], t = new int[units * 2], qq = new int[units * 2], er = new int[units * 2];
        int n = 0;
        long rows = 0, cleared = 0, notCleared = 0, held = 0;
        long[] delayHist = new long[70000];
        for (int u = 0; u < units; u++) {
            int lo = s.rowsFrom(u), hi = s.rowsFrom(u + 1);
            for (int p = periods.size() - 1; p >= 0; p--) { // chronological: baseline first
                var per = periods.periods().get(p);
                int a = s.firstRowOnOrAfter(lo, hi, per.startEpochDay());
                int b = s.firstRowOnOrAfter(a, hi, per.endEpochDay() + 1);
                f[n] = a; t[n] = b; qq[n] = p; er[n] = (int) (per.endEpochDay() - s.baseDay); n++;
                rows += b - a;
                for (int r = a; r < b; r++) {
                    int dl = s.clearDelay[r];
                    if (dl == IncidentStore.NOT_CLEARED) notCleared++;
                    else if (s.day[r] + dl <= er[n - 1]) { cleared++; delayHist[dl]++; if (dl < 512) held++; }
                }
            }
        }
        from = f; to = t; q = qq; endRels = er;
        int distinct = 0; long cum = 0;
        for (int i = 0; i < delayHist.length; i++) if (delayHist[i] > 0) distinct++;
        System.out.printf("runs %d rows %d cleared-in-period %.3f not-cleared %.3f held %.3f distinct delays %d%n", n, rows,
            cleared / (double) rows, notCleared / (double) rows, held / (double) rows, distinct);
        StringBuilder sb = new StringBuilder("delay pct: ");
        for (int i = 0; i < 20; i++) sb.append(i).append(':').append(String.format("%.3f ", delayHist[i] / (double) cleared));
        System.out.println(sb);
        for (int lim : new int[] {8, 16, 32, 64, 128, 256, 512}) {
            long c = 0; for (int i = 0; i < lim; i++) c += delayHist[i];
            System.out.printf(" <%d: %.3f", lim, c / (double) cleared);
        }
        System.out.println();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"q1like", "cur", "laneOnly", "lane+hist", "swar+hist", "swar+hist1", "swarOnly", "swar+hist1+gather", "heldV4", "heldIntLanes", "intOld4laneHist", "intOldOr", "int1laneHist", "intOldNoLongest"};
        double[][] times = new double[names.length][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int v = 0; v < names.length; v++) {
                long c0 = mx.getCurrentThreadCpuTime();
                variant(v, s, n);
                times[v][i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        for (int v = 0; v < names.length; v++) {
            double[] y = Arrays.copyOfRange(times[v], rounds / 3, rounds);
            Arrays.sort(y);
            System.out.printf("%-20s %7.2f ms  %5.2f ns/row%n", names[v], y[y.length / 2], y[y.length / 2] * 1e6 / rows);
        }
        System.out.println(sink);
    }

    static final long[] lane = new long[256 << 5];
    static final int[] h = new int[4 + 2 * 512 * 4];
    static final int[] h1 = new int[4 + 2 * 512];
    static final int[] kept = new int[4096];

    static void variant(int v, IncidentStore s, int n) {
        for (int i = 0; i < n; i++) {
            switch (v) {
                case 0 -> q1like(s, from[i], to[i]);
                case 1 -> cur(s, from[i], to[i], q[i], endRels[i]);
                case 2 -> laneOnly(s, from[i], to[i], endRels[i]);
                case 3 -> laneHist(s, from[i], to[i], q[i], endRels[i]);
                case 4 -> swarHist(s, from[i], to[i], q[i], endRels[i]);
                case 5 -> swarHist1(s, from[i], to[i], q[i], endRels[i]);
                case 6 -> swarOnly(s, from[i], to[i], endRels[i]);
                case 7 -> swarHist1Gather(s, from[i], to[i], q[i], endRels[i]);
                case 8 -> held(s, from[i], to[i], q[i], endRels[i], true);
                case 9 -> heldInt(s, from[i], to[i], q[i], endRels[i]);
                case 10 -> intOld(s, from[i], to[i], q[i], endRels[i], 0);
                case 11 -> intOld(s, from[i], to[i], q[i], endRels[i], 1);
                case 12 -> intOld(s, from[i], to[i], q[i], endRels[i], 2);
                case 13 -> intOld(s, from[i], to[i], q[i], endRels[i], 3);
                default -> throw new IllegalArgumentException();
            }
        }
        long x = 0;
        for (int i = 0; i < lane.length; i++) { x += lane[i]; lane[i] = 0; }
        for (int i = 0; i < h.length; i++) { x += h[i]; h[i] = 0; }
        for (int i = 0; i < h1.length; i++) { x += h1[i]; h1[i] = 0; }
        java.util.Arrays.fill(hv, 0); java.util.Arrays.fill(il, 0); java.util.Arrays.fill(l2, 0); java.util.Arrays.fill(h4, 0);
        sink += x;
    }

    static void q1like(IncidentStore s, int from, int to) {
        final byte[] category = s.category;
        final long[] l = lane;
        for (int r = from; r < to; r++) {
            l[((category[r] & 0xFF) << 2) | (r & 3)]++;
        }
    }

    static void laneOnly(IncidentStore s, int from, int to, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = (((day[r] + delay - endRel - 1) & (delay - IncidentStore.NOT_CLEARED)) >>> 31);
            l[((category[r] & 0xFF) << 5) | ((flags[r] & 3) << 3) | (cleared << 2) | (r & 3)]++;
        }
    }

    static void laneHist(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h; final int w = 512; final int hBase = 4 + q * w * 4;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            l[((category[r] & 0xFF) << 5) | ((flags[r] & 3) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + (delay << 2) + (r & 3)) & -held) | ((r & 3) & (held - 1))]++;
        }
    }

    static void cur(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h; final int w = 512; final int hBase = 4 + q * w * 4;
        final int[] gathered = kept; final int t = 64; final int lastRel = endRels[0] + 366 * 2;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            l[((category[r] & 0xFF) << 5) | ((flags[r] & 3) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + (delay << 2) + (r & 3)) & -held) | ((r & 3) & (held - 1))]++;
            if ((isCleared & ((cd - lastRel - 1) >>> 31) & (((t - 1 - delay) | (endRel - cd)) >>> 31)) != 0) {
                gathered[k++ & 4095] = r;
            }
        }
        sink += k;
    }

    static final int[] jl = new int[256 << 6];
    static void joint(IncidentStore s, int from, int to, int q, int endRel, boolean gather) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final int[] l = jl; final int[] gathered = kept; final int lastRel = endRels[0] + 366 * 2;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            int dclass = (Math.min(delay, 6) + 1) & -cleared;
            l[((category[r] & 0xFF) << 5) | (dclass << 2) | (flags[r] & 3)]++;
            if (gather) {
                gathered[k & 4095] = r;
                k += (((5 - delay) & -cleared) | ((isCleared & ~cleared) & ((cd - lastRel - 1) >>> 31)) << 31) >>> 31;
            }
        }
        sink += k;
        emptyJoint();
    }
    static void joint2(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final int[] l = jl; final int[] gathered = kept; final int lastRel = endRels[0] + 366 * 2;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            int dclass = (Math.min(delay, 6) + 1) & -cleared;
            l[((category[r] & 0xFF) << 6) | (dclass << 3) | ((flags[r] & 3) << 1) | (r & 1)]++;
            gathered[k & 4095] = r;
            k += (((5 - delay) & -cleared) | ((isCleared & ~cleared) & ((cd - lastRel - 1) >>> 31)) << 31) >>> 31;
        }
        sink += k;
        emptyJoint();
    }
    static final long[] out = new long[18 * 4 + 8];
    static void emptyJoint() {
        final int[] l = jl;
        for (int c = 0; c < 18; c++) {
            long count = 0, crim = 0, rep = 0, clr = 0;
            for (int x = 0; x < 64; x += 4) {
                int a = l[(c << 6) + x], b = l[(c << 6) + x + 1], cc = l[(c << 6) + x + 2], dd = l[(c << 6) + x + 3];
                count += a + b + cc + dd; crim += b + dd; rep += cc + dd; 
                if (x >= 4) clr += a + b + cc + dd;
                l[(c << 6) + x] = 0; l[(c << 6) + x + 1] = 0; l[(c << 6) + x + 2] = 0; l[(c << 6) + x + 3] = 0;
            }
            out[c * 4] += count; out[c * 4 + 1] += crim; out[c * 4 + 2] += rep; out[c * 4 + 3] += clr;
        }
    }
    static void curBF(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h; final int w = 512; final int hBase = 4 + q * w * 4;
        final int[] gathered = kept; final int t = 64; final int lastRel = endRels[0] + 366 * 2;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            l[((category[r] & 0xFF) << 5) | ((flags[r] & 3) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + (delay << 2) + (r & 3)) & -held) | ((r & 3) & (held - 1))]++;
            gathered[k & 4095] = r;
            k += (isCleared & ((cd - lastRel - 1) >>> 31) & (((t - 1 - delay) | (endRel - cd)) >>> 31));
        }
        sink += k;
    }

    static final int[] hv = new int[4 + 2 * 515];
    static final int[] il = new int[256 << 5];
    static final long[] l2 = new long[256 << 4];
    static long sinkL;
    static void held(IncidentStore s, int from, int to, int q, int endRel, boolean trackLongest) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] lane = LoopLab.lane; final int[] h = hv; final int hBase = 4 + q * 515; final int flagMask = 3;
        int longest = 0, later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
            if (trackLongest) longest = Math.max(longest, delay & -cleared);
        }
        sinkL += longest + later;
    }
    static void heldInt(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final int[] lane = il; final int[] h = hv; final int hBase = 4 + q * 515; final int flagMask = 3;
        int longest = 0, later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
            longest = Math.max(longest, delay & -cleared);
        }
        sinkL += longest + later;
    }
    static final int[] h4 = new int[4 + 2 * 512 * 4];
    static void intOld(IncidentStore s, int from, int to, int q, int endRel, int mode) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final int[] lane = il; final int[] h = h4; final int flagMask = 3;
        int longest = 0;
        if (mode == 0) {
            final int hBase = 4 + q * 512 * 4;
            for (int r = from; r < to; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                h[((hBase + (delay << 2) + (r & 3)) & -cleared) | ((r & 3) & (cleared - 1))]++;
                longest = Math.max(longest, delay & -cleared);
            }
        } else if (mode == 1) {
            final int hBase = 4 + q * 512 * 4;
            for (int r = from; r < to; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                h[((hBase + (delay << 2) + (r & 3)) & -cleared) | ((r & 3) & (cleared - 1))]++;
                longest |= delay & -cleared;
            }
        } else if (mode == 2) {
            final int hBase = 4 + q * 512;
            for (int r = from; r < to; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                h[((hBase + delay) & -cleared) | ((r & 3) & (cleared - 1))]++;
                longest |= delay & -cleared;
            }
        } else {
            final int hBase = 4 + q * 512 * 4;
            for (int r = from; r < to; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                h[((hBase + (delay << 2) + (r & 3)) & -cleared) | ((r & 3) & (cleared - 1))]++;
            }
        }
        sinkL += longest;
    }
    static void held2(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] lane = l2; final int[] h = hv; final int hBase = 4 + q * 515; final int flagMask = 3;
        int longest = 0, later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 4) | ((flags[r] & flagMask) << 2) | (cleared << 1) | (r & 1)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
            longest = Math.max(longest, delay & -cleared);
        }
        sinkL += longest + later;
    }

    static void swarOnly(IncidentStore s, int from, int to, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = (((day[r] + delay - endRel - 1) & (delay - IncidentStore.NOT_CLEARED)) >>> 31);
            int fl = flags[r];
            long inc = 1L | ((long) (fl & 1) << 16) | ((long) (fl & 2) << 31) | ((long) cleared << 48);
            l[((category[r] & 0xFF) << 2) | (r & 3)] += inc;
        }
    }

    static void swarHist(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h; final int w = 512; final int hBase = 4 + q * w * 4;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            int fl = flags[r];
            long inc = 1L | ((long) (fl & 1) << 16) | ((long) (fl & 2) << 31) | ((long) cleared << 48);
            l[((category[r] & 0xFF) << 2) | (r & 3)] += inc;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + (delay << 2) + (r & 3)) & -held) | ((r & 3) & (held - 1))]++;
        }
    }

    static void swarHist1(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h1; final int w = 512; final int hBase = 4 + q * w;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            int fl = flags[r];
            long inc = 1L | ((long) (fl & 1) << 16) | ((long) (fl & 2) << 31) | ((long) cleared << 48);
            l[((category[r] & 0xFF) << 2) | (r & 3)] += inc;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + delay) & -held) | ((r & 3) & (held - 1))]++;
        }
    }

    static void swarHist1Gather(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] l = lane; final int[] hh = h1; final int w = 512; final int hBase = 4 + q * w;
        final int[] gathered = kept; final int t = 64; final int lastRel = endRels[0] + 366 * 2;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cd = day[r] + delay;
            int isCleared = (delay - IncidentStore.NOT_CLEARED) >>> 31;
            int cleared = ((cd - endRel - 1) >>> 31) & isCleared;
            int fl = flags[r];
            long inc = 1L | ((long) (fl & 1) << 16) | ((long) (fl & 2) << 31) | ((long) cleared << 48);
            l[((category[r] & 0xFF) << 2) | (r & 3)] += inc;
            int held = cleared & ((delay - w) >>> 31);
            hh[((hBase + delay) & -held) | ((r & 3) & (held - 1))]++;
            if ((isCleared & ((cd - lastRel - 1) >>> 31) & (((t - 1 - delay) | (endRel - cd)) >>> 31)) != 0) {
                gathered[k++ & 4095] = r;
            }
        }
        sink += k;
    }
}
