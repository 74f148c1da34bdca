package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * The sum of some days-to-clear distributions, one key's: a dense array over days with the bitmap
 * of the days in it, so that the sum comes out in order of day without a sort (a town of ten
 * villages has about a hundred distinct days a period; its bitmap words up to its longest delay).
 * Every roll-up of distributions adds a parent's own and its children's here ({@link
 * Cube#rollUp}, {@link IncidentRollUp}); the arrays grow to the longest delay seen and are
 * reused key after key. Not thread-safe: one a thread; package-private.
 */
final class DaySums {
    private long[] dense = new long[1024];
    private long[] present = new long[16];
    private int lo;
    private int hi;

    /** Begins a key's sum. */
    void start() {
        lo = present.length;
        hi = -1;
    }

    private void room(int day) {
        if (day >= dense.length) {
            int n = Math.max(day + 1, dense.length * 2);
            dense = Arrays.copyOf(dense, n);
            present = Arrays.copyOf(present, (n + 63) >>> 6);
        }
    }

    /** Adds {@code count} clearances after {@code day} days, exactly. */
    void add(int day, long count) {
        room(day);
        dense[day] = Math.addExact(dense[day], count);
        present[day >>> 6] |= 1L << day;
        lo = Math.min(lo, day >>> 6);
        hi = Math.max(hi, day >>> 6);
    }

    /** Adds entries {@code from .. to} of {@code b}, a distribution, in order of day. */
    void addAll(DistributionBuilder b, int from, int to) {
        if (from == to) {
            return;
        }
        room(b.day(to - 1));
        lo = Math.min(lo, b.day(from) >>> 6);
        hi = Math.max(hi, b.day(to - 1) >>> 6);
        for (int i = from; i < to; i++) {
            int day = b.day(i);
            dense[day] = Math.addExact(dense[day], b.count(i));
            present[day >>> 6] |= 1L << day;
        }
    }

    /** Appends the days added since {@link #start()} to {@code b} as its current key, and clears them. */
    void emit(DistributionBuilder b) {
        for (int w = lo; w <= hi; w++) {
            for (long bits = present[w]; bits != 0; bits &= bits - 1) {
                int day = (w << 6) | Long.numberOfTrailingZeros(bits);
                b.add(day, dense[day]);
                dense[day] = 0;
            }
            present[w] = 0;
        }
        b.endKey();
    }
}
