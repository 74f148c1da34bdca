package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * The days-to-clear runs of an {@link IncidentAccumulator}: {@code value = (unit × periods +
 * period) << 16 | days} with a count, appended in order by a whole pass (and by the threads of
 * {@link IncidentAggregation}, in unit order); {@link #sorted} sorts them, by a radix sort, only
 * when they are not — after parts added out of order or merged. Not thread-safe; package-private.
 */
final class ClearanceRuns {
    long[] value = new long[0];
    long[] count = new long[0];
    int n;
    boolean inOrder = true;

    void add(long v, long c) {
        if (n == value.length) {
            int cap = Math.max(1024, n + (n >> 1));
            value = Arrays.copyOf(value, cap);
            count = Arrays.copyOf(count, cap);
        }
        if (n > 0 && v < value[n - 1]) {
            inOrder = false;
        }
        value[n] = v;
        count[n++] = c;
    }

    /**
     * Adds {@code key | d} with count {@code counts[at + d]} for each day {@code d} from {@code
     * fromDay} to {@code toDay} (exclusive) whose count is not zero, in order, and zeroes those
     * counts — without a branch on them (most days of a unit's histogram are empty, in no pattern
     * the processor could predict). The values must come after those added so far.
     */
    void addNonZero(long key, int[] counts, int at, int fromDay, int toDay) {
        if (n + (toDay - fromDay) > value.length) {
            int cap = Math.max(Math.max(1024, n + (toDay - fromDay)), n + (n >> 1));
            value = Arrays.copyOf(value, cap);
            count = Arrays.copyOf(count, cap);
        }
        if (n > 0 && (key | fromDay) < value[n - 1]) {
            inOrder = false;
        }
        final long[] v = value;
        final long[] c = count;
        int k = n;
        for (int d = fromDay; d < toDay; d++) {
            int x = counts[at + d];
            v[k] = key | d;
            c[k] = x;
            k += (-x >>> 31) | (x >>> 31);   // 1 when x != 0
            counts[at + d] = 0;
        }
        n = k;
    }

    void append(ClearanceRuns other) {
        if (other.n == 0) {
            return;
        }
        if (n + other.n > value.length) {
            value = Arrays.copyOf(value, n + other.n);
            count = Arrays.copyOf(count, n + other.n);
        }
        if (!other.inOrder || (n > 0 && other.value[0] < value[n - 1])) {
            inOrder = false;
        }
        System.arraycopy(other.value, 0, value, n, other.n);
        System.arraycopy(other.count, 0, count, n, other.n);
        n += other.n;
    }

    /** Appends {@code parts} in order, growing the arrays once. */
    void appendAll(ClearanceRuns[] parts) {
        long total = n;
        for (ClearanceRuns p : parts) {
            total += p.n;
        }
        if (total > value.length) {
            int cap = Math.toIntExact(total);
            value = Arrays.copyOf(value, cap);
            count = Arrays.copyOf(count, cap);
        }
        for (ClearanceRuns p : parts) {
            append(p);
        }
    }

    /** These runs in order of value (equal values side by side): itself when already so. */
    ClearanceRuns sorted() {
        if (inOrder) {
            return this;
        }
        long[] v = Arrays.copyOf(value, n);
        long[] c = Arrays.copyOf(count, n);
        long[] v2 = new long[n];
        long[] c2 = new long[n];
        long max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, v[i]);
        }
        // least-significant-digit radix sort, one stable counting pass per byte that varies
        for (int shift = 0; shift < 64 - Long.numberOfLeadingZeros(max); shift += 8) {
            int[] start = new int[257];
            for (int i = 0; i < n; i++) {
                start[(int) ((v[i] >>> shift) & 0xFF) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                start[b + 1] += start[b];
            }
            for (int i = 0; i < n; i++) {
                int at = start[(int) ((v[i] >>> shift) & 0xFF)]++;
                v2[at] = v[i];
                c2[at] = c[i];
            }
            long[] t = v;
            v = v2;
            v2 = t;
            t = c;
            c = c2;
            c2 = t;
        }
        ClearanceRuns r = new ClearanceRuns();
        r.value = v;
        r.count = c;
        r.n = n;
        return r;
    }
}
