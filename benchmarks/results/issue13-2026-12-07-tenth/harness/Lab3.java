package org.communitysafety.core.aggregate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** Throw-away: the held loop, the histogram loop and amounts, variants. */
public class Lab3 {
    static int[] from, to, q, endRels;
    static long sink;

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
        System.out.println("packed " + s.packed + " runs " + n + " rows " + rows);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"heldPacked+hist1", "simple+hist1", "heldPacked+hist2", "heldPacked+histLow4", "heldOnly", "amountsCur", "amountsGallop", "amountsCounted", "amounts4", "amountsGather", "amountsFlags", "lanes4+empty", "lanes2+empty", "lanes1+empty"};
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
            System.out.printf("%-22s %7.2f ms  (min %7.2f)%n", names[v], y[y.length / 2], y[0]);
        }
        System.out.println(sink);
    }

    static final long[] lane = new long[256 << 5];
    static final int[] hv = new int[4 + 2 * 515];
    static final int[] hv2 = new int[2 * (4 + 2 * 515)];
    static final int[] low = new int[2 * 16 * 4];
    static final int[] delays = new int[4096];
    static final long[] sums = new long[256 << 2];

    static void variant(int v, IncidentStore s, int n) {
        cursor = 0;
        for (int i = 0; i < n; i++) {
            switch (v) {
                case 0 -> held(s, from[i], to[i], q[i], endRels[i], 0, false);
                case 1 -> held(s, from[i], to[i], q[i], endRels[i], 0, true);
                case 2 -> held(s, from[i], to[i], q[i], endRels[i], 1, false);
                case 3 -> held(s, from[i], to[i], q[i], endRels[i], 2, false);
                case 4 -> held(s, from[i], to[i], q[i], endRels[i], 3, false);
                case 5 -> amountsCur(s, from[i], to[i]);
                case 6 -> amountsGallop(s, from[i], to[i]);
                case 7 -> amountsCounted(s, from[i], to[i]);
                case 8 -> amounts4(s, from[i], to[i]);
                case 9 -> amountsGather(s, from[i], to[i]);
                case 10 -> amountsFlags(s, from[i], to[i]);
                case 11 -> { lanesN(s, from[i], to[i], endRels[i], 2); empty4(); }
                case 12 -> { lanesN(s, from[i], to[i], endRels[i], 1); empty2(); }
                case 13 -> { lanesN(s, from[i], to[i], endRels[i], 0); empty1(); }
                default -> throw new IllegalArgumentException();
            }
        }
        long x = 0;
        for (int i = 0; i < lane.length; i++) { x += lane[i]; lane[i] = 0; }
        for (int i = 0; i < hv.length; i++) { x += hv[i]; hv[i] = 0; }
        for (int i = 0; i < hv2.length; i++) { x += hv2[i]; hv2[i] = 0; }
        for (int i = 0; i < low.length; i++) { x += low[i]; low[i] = 0; }
        for (int i = 0; i < sums.length; i++) { x += sums[i]; sums[i] = 0; }
        sink += x;
    }

    static void held(IncidentStore s, int from, int to, int q, int endRel, int hist, boolean simple) {
        final int[] d = delays;
        long groups = 0;
        for (int start = from; start < to; start += d.length) {
            int stop = Math.min(to, start + d.length);
            int k = simple ? heldSimple(s, start, stop, endRel, 0xFF, lane, d) : heldPacked(s, start, stop, endRel, 0xFF, lane, d);
            if (hist == 0) {
                final int[] h = hv; final int at = 4 + q * 515 + 3;
                for (int i = 0; i < k; i++) {
                    int days = d[i];
                    h[at + days]++;
                    groups |= 1L << (days >>> 3);
                }
            } else if (hist == 1) {
                final int[] h = hv2; final int at = 2 * (4 + q * 515 + 3);
                for (int i = 0; i < k; i++) {
                    int days = d[i];
                    h[at + (days << 1) + (i & 1)]++;
                    groups |= 1L << (days >>> 3);
                }
            } else if (hist == 2) {
                final int[] h = hv; final int at = 4 + q * 515 + 3;
                final int[] l = low; final int lowAt = q * 64;
                for (int i = 0; i < k; i++) {
                    int days = d[i];
                    int isLow = (days - 16) >> 31; // -1 when days < 16
                    // days < 16: low[lowAt + days * 4 + i & 3], else h[at + days]
                    int idx = ((lowAt + (days << 2) + (i & 3)) & isLow) | ((at + days) & ~isLow);
                    (isLow != 0 ? l : h)[idx]++;
                    groups |= 1L << (days >>> 3);
                }
            }
            sink += k;
        }
        sink += groups;
    }

    static int heldPacked(IncidentStore store, int from, int to, int endRel, int mask, long[] lane, int[] delays) {
        final char[] day = store.day; final byte[] flags = store.flags; final char[] clearDelay = store.clearDelay;
        int k = 0;
        for (int r = from; r < to; r++) {
            int delay = clearDelay[r];
            int cleared = ((day[r] + delay - endRel - 1) >>> 31) & ((delay - IncidentStore.NOT_CLEARED) >>> 31);
            lane[((flags[r] & mask) << 3) | (cleared << 2) | (r & 3)]++;
            delays[k] = delay;
            k += cleared & (-delay >>> 31);
        }
        return k;
    }

    static int heldSimple(IncidentStore store, int from, int to, int endRel, int mask, long[] lane, int[] delays) {
        final char[] day = store.day; final byte[] flags = store.flags; final char[] clearDelay = store.clearDelay;
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

    static int cursor;
    static void amountsCur(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] category = store.category;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > amountRow.length || (k < amountRow.length && amountRow[k] < from) || (k > 0 && amountRow[k - 1] >= from)) {
            k = Arrays.binarySearch(amountRow, from);
            if (k < 0) k = -k - 1;
        }
        final long[] sums = Lab3.sums;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
        cursor = k;
    }

    /** The first index from {@code k} whose row is at least {@code row}: galloping, then binary. */
    static int gallop(int[] a, int k, int row) {
        int step = 1;
        int lo = k, hi = k;
        while (hi < a.length && a[hi] < row) {
            lo = hi + 1;
            hi = (int) Math.min(a.length, (long) hi + step);
            step <<= 1;
        }
        // a[lo - 1] < row (or lo == k), a[hi] >= row or hi == length
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < row) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static void amountsGallop(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] category = store.category;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > 0 && (k > amountRow.length || amountRow[k - 1] >= from)) {
            k = Arrays.binarySearch(amountRow, from);
            if (k < 0) k = -k - 1;
        } else {
            k = gallop(amountRow, k, from);
        }
        final long[] sums = Lab3.sums;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
        cursor = k;
    }

    static void amountsCounted(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] category = store.category;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > 0 && (k > amountRow.length || amountRow[k - 1] >= from)) {
            k = Arrays.binarySearch(amountRow, from);
            if (k < 0) k = -k - 1;
        } else {
            k = gallop(amountRow, k, from);
        }
        int end = gallop(amountRow, k, to);
        final long[] sums = Lab3.sums;
        for (; k < end; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
        cursor = k;
    }

    static final long[] sums4 = new long[256 << 3];
    static void amounts4(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] category = store.category;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > 0 && (k > amountRow.length || amountRow[k - 1] >= from)) { k = Arrays.binarySearch(amountRow, from); if (k < 0) k = -k - 1; }
        else k = gallop(amountRow, k, from);
        final long[] sums = sums4;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 3) | ((k & 3) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
        cursor = k;
        sink += sums[0];
    }
    static final int[] cats = new int[4096];
    static void amountsGather(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] category = store.category;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > 0 && (k > amountRow.length || amountRow[k - 1] >= from)) { k = Arrays.binarySearch(amountRow, from); if (k < 0) k = -k - 1; }
        else k = gallop(amountRow, k, from);
        int end = k;
        while (end < amountRow.length && amountRow[end] < to) end++;
        final long[] sums = Lab3.sums; final int[] c = cats;
        for (int start = k; start < end; start += c.length) {
            int stop = Math.min(end, start + c.length);
            for (int j = start; j < stop; j++) c[j - start] = ((category[amountRow[j]] & 0xFF) << 2) | ((j & 1) << 1);
            for (int j = start; j < stop; j++) {
                int at = c[j - start];
                sums[at] += lossFen[j];
                sums[at + 1] += recoveredFen[j];
            }
        }
        cursor = end;
    }
    static void amountsFlags(IncidentStore store, int from, int to) {
        final int[] amountRow = store.amountRow; final byte[] flags = store.flags;
        final long[] lossFen = store.loss; final long[] recoveredFen = store.recovered;
        int k = cursor;
        if (k > 0 && (k > amountRow.length || amountRow[k - 1] >= from)) { k = Arrays.binarySearch(amountRow, from); if (k < 0) k = -k - 1; }
        else k = gallop(amountRow, k, from);
        final long[] sums = Lab3.sums;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((flags[amountRow[k]] & 0xFC)) | ((k & 1) << 1);
            sums[at] += lossFen[k];
            sums[at + 1] += recoveredFen[k];
        }
        cursor = k;
    }

    static void lanesN(IncidentStore store, int from, int to, int endRel, int laneBits) {
        final char[] day = store.day; final byte[] flags = store.flags; final char[] clearDelay = store.clearDelay;
        final long[] lane = Lab3.lane; final int[] d = delays;
        final int laneMask = (1 << laneBits) - 1;
        for (int start = from; start < to; start += d.length) {
            int stop = Math.min(to, start + d.length);
            int k = 0;
            for (int r = start; r < stop; r++) {
                int delay = clearDelay[r];
                int cleared = (day[r] + delay - endRel - 1) >>> 31;
                lane[((((flags[r] & 0xFF) << 1) | cleared) << laneBits) | (r & laneMask)]++;
                d[k] = delay;
                k += cleared & (-delay >>> 31);
            }
            sink += k;
        }
    }
    static final long[] cells = new long[64 * 8];
    static void empty4() {
        final long[] l = lane; final long[] o = cells;
        for (int c = 0; c < 18; c++) {
            int at = c << 5;
            long n0 = l[at] + l[at + 1] + l[at + 2] + l[at + 3], n1 = l[at + 4] + l[at + 5] + l[at + 6] + l[at + 7];
            long n2 = l[at + 8] + l[at + 9] + l[at + 10] + l[at + 11], n3 = l[at + 12] + l[at + 13] + l[at + 14] + l[at + 15];
            long n4 = l[at + 16] + l[at + 17] + l[at + 18] + l[at + 19], n5 = l[at + 20] + l[at + 21] + l[at + 22] + l[at + 23];
            long n6 = l[at + 24] + l[at + 25] + l[at + 26] + l[at + 27], n7 = l[at + 28] + l[at + 29] + l[at + 30] + l[at + 31];
            Arrays.fill(l, at, at + 32, 0);
            o[c] += n0 + n1 + n2 + n3 + n4 + n5 + n6 + n7; o[c + 64] += n1 + n3 + n5 + n7; o[c + 128] += n2 + n3 + n6 + n7; o[c + 192] += n4 + n5 + n6 + n7;
        }
    }
    static void empty2() {
        final long[] l = lane; final long[] o = cells;
        for (int c = 0; c < 18; c++) {
            int at = c << 4;
            long n0 = l[at] + l[at + 1], n1 = l[at + 2] + l[at + 3], n2 = l[at + 4] + l[at + 5], n3 = l[at + 6] + l[at + 7];
            long n4 = l[at + 8] + l[at + 9], n5 = l[at + 10] + l[at + 11], n6 = l[at + 12] + l[at + 13], n7 = l[at + 14] + l[at + 15];
            Arrays.fill(l, at, at + 16, 0);
            o[c] += n0 + n1 + n2 + n3 + n4 + n5 + n6 + n7; o[c + 64] += n1 + n3 + n5 + n7; o[c + 128] += n2 + n3 + n6 + n7; o[c + 192] += n4 + n5 + n6 + n7;
        }
    }
    static void empty1() {
        final long[] l = lane; final long[] o = cells;
        for (int c = 0; c < 18; c++) {
            int at = c << 3;
            long n0 = l[at], n1 = l[at + 1], n2 = l[at + 2], n3 = l[at + 3], n4 = l[at + 4], n5 = l[at + 5], n6 = l[at + 6], n7 = l[at + 7];
            Arrays.fill(l, at, at + 8, 0);
            o[c] += n0 + n1 + n2 + n3 + n4 + n5 + n6 + n7; o[c + 64] += n1 + n3 + n5 + n7; o[c + 128] += n2 + n3 + n6 + n7; o[c + 192] += n4 + n5 + n6 + n7;
        }
    }
}
