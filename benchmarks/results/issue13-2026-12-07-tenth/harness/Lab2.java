package org.communitysafety.core.aggregate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** Throw-away: fused-loop, flush and amounts variants over the runs of a year and its baseline. */
public class Lab2 {
    static int[] from, to, q, endRels;
    static long sink;
    static byte[] code;      // category << 2 | flags & 3, as a packed column would hold
    static byte[] amountCat; // category of each amount row
    static char[] ccode;

    public static void run(IncidentStore s, PeriodIndex periods, int rounds) {
        int units = s.unitCount();
        int[] f = new int[units * 2], t = new int[units * 2], qq = new int[units * 2], er = new int[units * 2];
        int n = 0;
        long rows = 0;
        for (int u = 0; u < units; u++) {
            int lo = s.rowsFrom(u), hi = s.rowsFrom(u + 1);
            for (int p = periods.size() - 1; p >= 0; p--) {
                var per = periods.periods().get(p);
                int a = s.firstRowOnOrAfter(lo, hi, per.startEpochDay());
                int b = s.firstRowOnOrAfter(a, hi, per.endEpochDay() + 1);
                f[n] = a; t[n] = b; qq[n] = p; er[n] = (int) (per.endEpochDay() - s.baseDay); n++;
                rows += b - a;
            }
        }
        from = f; to = t; q = qq; endRels = er;
        code = new byte[s.size()];
        int maxCat = 0;
        for (int r = 0; r < s.size(); r++) {
            code[r] = (byte) (((s.category[r] & 0xFF) << 2) | (s.flags[r] & 3));
            maxCat = Math.max(maxCat, s.category[r] & 0xFF);
        }
        ccode = new char[s.size()];
        for (int r = 0; r < s.size(); r++) ccode[r] = (char) (((s.category[r] & 0xFF) << 2) | (s.flags[r] & 3));
        amountCat = new byte[s.amountRow.length];
        for (int k = 0; k < amountCat.length; k++) amountCat[k] = s.category[s.amountRow[k]];
        System.out.println("runs " + n + " rows " + rows + " categories " + (maxCat + 1) + " amounts " + amountCat.length);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"q1like", "held(cur)", "laneOnly", "compact1", "compact2", "packedHeld", "packedCompact1",
            "intLaneHeld", "emptyLong", "emptyInt", "amountsCur", "amountsCat", "flushCur", "flushGroup", "fillOnly", "charCompact", "packedCompactSimple", "compactSimple", "packedLaneOnly"};
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
            System.out.printf("%-20s %7.2f ms  (min %7.2f)  %5.2f ns/row%n", names[v], y[y.length / 2], y[0], y[y.length / 2] * 1e6 / rows);
        }
        System.out.println(sink);
    }

    static final long[] lane = new long[256 << 5];
    static final int[] ilane = new int[256 << 5];
    static final int[] hv = new int[4 + 2 * 515];
    static final int[] hv2 = new int[4 + 2 * 515 * 2];
    static final int[] kept = new int[1 << 16];
    static final long[] out = new long[64 * 8];
    static final long[] sums = new long[256 << 2];
    static final long[] outV = new long[1 << 22];
    static final long[] outC = new long[1 << 22];
    static int outN;

    static void variant(int v, IncidentStore s, int n) {
        outN = 0;
        for (int i = 0; i < n; i++) {
            switch (v) {
                case 0 -> q1like(s, from[i], to[i]);
                case 1 -> held(s, from[i], to[i], q[i], endRels[i]);
                case 2 -> laneOnly(s, from[i], to[i], endRels[i]);
                case 3 -> compact(s, from[i], to[i], q[i], endRels[i], false);
                case 4 -> compact(s, from[i], to[i], q[i], endRels[i], true);
                case 5 -> packedHeld(s, from[i], to[i], q[i], endRels[i]);
                case 6 -> packedCompact(s, from[i], to[i], q[i], endRels[i]);
                case 7 -> intLaneHeld(s, from[i], to[i], q[i], endRels[i]);
                case 8 -> emptyLong();
                case 9 -> emptyInt();
                case 10 -> amountsCur(s, from[i], to[i]);
                case 11 -> amountsCat(s, from[i], to[i]);
                case 12 -> { fillHist(i); flushCur(i); }
                case 13 -> { fillHist(i); flushGroup(i); }
                case 14 -> fillHist(i);
                case 15 -> charCompact(s, from[i], to[i], q[i], endRels[i]);
                case 16 -> packedCompactSimple(s, from[i], to[i], q[i], endRels[i]);
                case 17 -> compactSimple(s, from[i], to[i], q[i], endRels[i]);
                case 18 -> packedLaneOnly(s, from[i], to[i], endRels[i]);
                default -> throw new IllegalArgumentException();
            }
        }
        long x = 0;
        for (int i = 0; i < lane.length; i++) { x += lane[i]; lane[i] = 0; }
        for (int i = 0; i < ilane.length; i++) { x += ilane[i]; ilane[i] = 0; }
        for (int i = 0; i < hv.length; i++) { x += hv[i]; hv[i] = 0; }
        for (int i = 0; i < hv2.length; i++) { x += hv2[i]; hv2[i] = 0; }
        for (long o : out) x += o;
        for (int i = 0; i < outN; i++) x += outV[i] * 31 + outC[i];
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

    static void held(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] h = hv; final int hBase = 4 + q * 515; final int flagMask = 3;
        int later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
        }
        sink += later;
    }

    static void intLaneHeld(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final int[] lane = ilane; final int[] h = hv; final int hBase = 4 + q * 515; final int flagMask = 3;
        int later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
        }
        sink += later;
    }

    /** lane increment; the delays of held rows stored (no read-modify-write), then counted. */
    static void compact(IncidentStore s, int from, int to, int q, int endRel, boolean twoLanes) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int flagMask = 3; final int[] kk = kept;
        for (int start = from; start < to; start += 60000) {
            int stop = Math.min(to, start + 60000);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & flagMask) << 3) | (cleared << 2) | (r & 3)]++;
                kk[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            if (twoLanes) {
                final int[] h = hv2; final int hBase = 4 + q * 1030;
                for (int i = 0; i < k; i++) {
                    h[hBase + ((kk[i] + 3) << 1) + (i & 1)]++;
                }
            } else {
                final int[] h = hv; final int hBase = 4 + q * 515;
                for (int i = 0; i < k; i++) {
                    h[hBase + 3 + kk[i]]++;
                }
            }
            sink += k;
        }
    }

    static void packedHeld(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] code = Lab2.code; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] h = hv; final int hBase = 4 + q * 515;
        int later = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((code[r] & 0xFF) << 3) | (cleared << 2) | (r & 3)]++;
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
            later += held;
        }
        sink += later;
    }

    static void packedCompact(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] code = Lab2.code; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] kk = kept;
        for (int start = from; start < to; start += 60000) {
            int stop = Math.min(to, start + 60000);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[((code[r] & 0xFF) << 3) | (cleared << 2) | (r & 3)]++;
                kk[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            final int[] h = hv; final int hBase = 4 + q * 515;
            for (int i = 0; i < k; i++) {
                h[hBase + 3 + kk[i]]++;
            }
            sink += k;
        }
    }

    static final int CATS = 20;
    static void emptyLong() {
        final long[] l = lane; final long[] n = new long[8]; final long[] o = out;
        for (int c = 0; c < CATS; c++) {
            int at = c << 5;
            for (int bits = 0; bits < 8; bits++) {
                int b = at | (bits << 2);
                n[bits] = l[b] + l[b + 1] + l[b + 2] + l[b + 3];
            }
            Arrays.fill(l, at, at + 32, 0);
            o[c] += n[0] + n[1] + n[2] + n[3] + n[4] + n[5] + n[6] + n[7];
            o[c + 64] += n[1] + n[3] + n[5] + n[7];
            o[c + 128] += n[2] + n[3] + n[6] + n[7];
            o[c + 192] += n[4] + n[5] + n[6] + n[7];
        }
    }

    static void emptyInt() {
        final int[] l = ilane; final long[] o = out;
        for (int c = 0; c < CATS; c++) {
            int at = c << 5;
            long n0 = l[at] + l[at + 1] + l[at + 2] + l[at + 3];
            long n1 = l[at + 4] + l[at + 5] + l[at + 6] + l[at + 7];
            long n2 = l[at + 8] + l[at + 9] + l[at + 10] + l[at + 11];
            long n3 = l[at + 12] + l[at + 13] + l[at + 14] + l[at + 15];
            long n4 = l[at + 16] + l[at + 17] + l[at + 18] + l[at + 19];
            long n5 = l[at + 20] + l[at + 21] + l[at + 22] + l[at + 23];
            long n6 = l[at + 24] + l[at + 25] + l[at + 26] + l[at + 27];
            long n7 = l[at + 28] + l[at + 29] + l[at + 30] + l[at + 31];
            Arrays.fill(l, at, at + 32, 0);
            o[c] += n0 + n1 + n2 + n3 + n4 + n5 + n6 + n7;
            o[c + 64] += n1 + n3 + n5 + n7;
            o[c + 128] += n2 + n3 + n6 + n7;
            o[c + 192] += n4 + n5 + n6 + n7;
        }
    }

    static int cursor;
    static void amountsCur(IncidentStore s, int from, int to) {
        final int[] amountRow = s.amountRow; final byte[] category = s.category; final long[] lossFen = s.loss; final long[] recoveredFen = s.recovered;
        int k = Arrays.binarySearch(amountRow, from);
        if (k < 0) k = -k - 1;
        final long[] sums = Lab2.sums;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
    }

    static void amountsCat(IncidentStore s, int from, int to) {
        final int[] amountRow = s.amountRow; final byte[] category = amountCat; final long[] lossFen = s.loss; final long[] recoveredFen = s.recovered;
        int k = Arrays.binarySearch(amountRow, from);
        if (k < 0) k = -k - 1;
        int end = Arrays.binarySearch(amountRow, k, amountRow.length, to);
        if (end < 0) end = -end - 1;
        final long[] sums = Lab2.sums;
        for (; k < end; k++) {
            int at = ((category[k] & 0xFF) << 2) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
    }

    /** A realistic histogram for run i: filled from its rows (untimed share is small; both flush variants pay it). */
    static void fillHist(int i) {
        // use the 'held' loop's histogram content: recomputed cheaply from the store
        IncidentStore s = STORE;
        final char[] day = s.day; final char[] clearDelay = s.clearDelay; final int endRel = endRels[i];
        final int[] h = hv; final int hBase = 4 + q[i] * 515;
        for (int r = from[i]; r < to[i]; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            int held = cleared & (-delay >>> 31);
            h[((hBase + 3 + delay) & -held) | ((r & 3) & (held - 1))]++;
        }
        longestBound = from[i] < to[i] ? endRel - day[from[i]] : 0;
    }
    public static IncidentStore STORE;
    static int longestBound;

    static void flushCur(int i) {
        final int[] h = hv; final int at = 4 + q[i] * 515 + 3;
        int last = Math.min(511, longestBound);
        int groups = (last >>> 3) + 1;
        long key = ((long) i) << 16;
        final long[] v = outV; final long[] c = outC;
        int k = outN;
        for (int g = 0; g < groups; g++) {
            int first = Math.max(1, g << 3);
            for (int d = first; d < (g + 1) << 3; d++) {
                int x = h[at + d];
                v[k] = key | d;
                c[k] = x;
                k += (-x >>> 31) | (x >>> 31);
                h[at + d] = 0;
            }
        }
        outN = k;
        Arrays.fill(h, 0, 4, 0);
    }

    static void flushGroup(int i) {
        final int[] h = hv; final int at = 4 + q[i] * 515 + 3;
        int last = Math.min(511, longestBound);
        int groups = (last >>> 3) + 1;
        long key = ((long) i) << 16;
        final long[] v = outV; final long[] c = outC;
        int k = outN;
        for (int g = 0; g < groups; g++) {
            int b = at + (g << 3);
            if ((h[b] | h[b + 1] | h[b + 2] | h[b + 3] | h[b + 4] | h[b + 5] | h[b + 6] | h[b + 7]) == 0) {
                continue;
            }
            int first = Math.max(1, g << 3);
            for (int d = first; d < (g + 1) << 3; d++) {
                int x = h[at + d];
                v[k] = key | d;
                c[k] = x;
                k += (-x >>> 31) | (x >>> 31);
                h[at + d] = 0;
            }
        }
        outN = k;
        Arrays.fill(h, 0, 4, 0);
    }

    static void charCompact(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final char[] code = ccode; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] kk = kept;
        for (int start = from; start < to; start += 60000) {
            int stop = Math.min(to, start + 60000);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
                lane[(code[r] << 3) | (cleared << 2) | (r & 3)]++;
                kk[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            final int[] h = hv; final int hBase = 4 + q * 515; long g = 0;
            for (int i = 0; i < k; i++) {
                int d = kk[i];
                h[hBase + 3 + d]++;
                g |= 1L << (d >>> 3);
            }
            sink += k + g;
        }
    }
    static void packedCompactSimple(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] code = Lab2.code; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] kk = kept;
        for (int start = from; start < to; start += 60000) {
            int stop = Math.min(to, start + 60000);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = (day[r] + delay - endRel - 1) >>> 31;
                lane[((code[r] & 0xFF) << 3) | (cleared << 2) | (r & 3)]++;
                kk[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            final int[] h = hv; final int hBase = 4 + q * 515; long g = 0;
            for (int i = 0; i < k; i++) {
                int d = kk[i];
                h[hBase + 3 + d]++;
                g |= 1L << (d >>> 3);
            }
            sink += k + g;
        }
    }
    static void compactSimple(IncidentStore s, int from, int to, int q, int endRel) {
        final char[] day = s.day; final byte[] category = s.category; final byte[] flags = s.flags; final char[] clearDelay = s.clearDelay;
        final long[] lane = Lab2.lane; final int[] kk = kept;
        for (int start = from; start < to; start += 60000) {
            int stop = Math.min(to, start + 60000);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = (day[r] + delay - endRel - 1) >>> 31;
                lane[((category[r] & 0xFF) << 5) | ((flags[r] & 3) << 3) | (cleared << 2) | (r & 3)]++;
                kk[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            final int[] h = hv; final int hBase = 4 + q * 515; long g = 0;
            for (int i = 0; i < k; i++) {
                int d = kk[i];
                h[hBase + 3 + d]++;
                g |= 1L << (d >>> 3);
            }
            sink += k + g;
        }
    }
    static void packedLaneOnly(IncidentStore s, int from, int to, int endRel) {
        final char[] day = s.day; final byte[] code = Lab2.code; final char[] clearDelay = s.clearDelay;
        final long[] l = lane;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = (day[r] + delay - endRel - 1) >>> 31;
            l[((code[r] & 0xFF) << 3) | (cleared << 2) | (r & 3)]++;
        }
    }
}
