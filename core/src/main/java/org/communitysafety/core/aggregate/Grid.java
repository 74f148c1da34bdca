package org.communitysafety.core.aggregate;

/**
 * The arithmetic every cube shares: its measures are {@code long} arrays over cells
 * {@code (unit × periods + period) × width + column}, added element by element and rolled up
 * the tree block by block. Overflow throws ({@link Math#addExact}) rather than wraps.
 * Stateless; package-private.
 */
final class Grid {
    private Grid() {}

    /** The element-wise sums of two equally shaped sets of measure arrays, as new arrays. */
    static long[][] add(long[][] a, long[][] b) {
        long[][] m = new long[a.length][];
        for (int k = 0; k < m.length; k++) {
            long[] x = a[k];
            long[] y = b[k];
            long[] s = new long[x.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = Math.addExact(x[i], y[i]);
            }
            m[k] = s;
        }
        return m;
    }

    /**
     * Rolls the cells {@code s} of one measure up the tree of {@code parent} (each unit's, -1 for
     * a root: {@code JurisdictionTree.parents()}) where they are ({@code block} cells a unit,
     * periods × width, unit-major) and returns it: every unit's block includes its descendants',
     * one pass in dense-index order, each unit added to its parent, children before parents. For
     * arrays no one else holds (a copy).
     */
    static long[] rollUpInPlace(long[] s, int[] parent, int block) {
        rollUpWithin(s, parent, 0, parent.length, 0, block);
        return s;
    }

    /**
     * Rolls units {@code from .. to - 1}, whole subtrees, up into their parents among them (a
     * unit whose parent is past {@code to} is left as it is), in {@code s} whose cells begin with
     * unit {@code base}'s: a piece of the tree rolled up by itself ({@link IncidentRollUp}).
     */
    static void rollUpWithin(long[] s, int[] parent, int from, int to, int base, int block) {
        for (int u = from; u < to; u++) {
            int p = parent[u];
            if (p >= 0 && p < to) {
                addBlock(s, (u - base) * block, (p - base) * block, block);
            }
        }
    }

    /**
     * Adds cells {@code from .. from + block - 1} of {@code s} into cells {@code to ..}, exactly:
     * {@link Math#addExact}'s test, once for the block, so that the loop vectorises.
     *
     * @throws ArithmeticException if a sum overflows
     */
    static void addBlock(long[] s, int from, int to, int block) {
        long overflow = 0;
        for (int i = 0; i < block; i++) {
            long x = s[to + i];
            long y = s[from + i];
            long sum = x + y;
            overflow |= (x ^ sum) & (y ^ sum);
            s[to + i] = sum;
        }
        if (overflow < 0) {
            throw new ArithmeticException("long overflow");
        }
    }

    /** The sum of {@code width} cells from {@code base} where {@code mask} is true. */
    static long sum(long[] column, int base, boolean[] mask) {
        long s = 0;
        for (int c = 0; c < mask.length; c++) {
            if (mask[c]) {
                s = Math.addExact(s, column[base + c]);
            }
        }
        return s;
    }

    /** The sum of {@code width} cells from {@code base}. */
    static long total(long[] column, int base, int width) {
        long s = 0;
        for (int c = 0; c < width; c++) {
            s = Math.addExact(s, column[base + c]);
        }
        return s;
    }

    /**
     * The index of (unit, period, k) in a unit-major cube of {@code units} × {@code periods} ×
     * {@code width} cells; {@code kind} names the third axis in the message ("type", "category").
     *
     * @throws IndexOutOfBoundsException when a coordinate is outside the cube
     */
    static int cell(int units, int periods, int width, String kind, int unit, int period, int k) {
        if (unit < 0 || unit >= units || period < 0 || period >= periods || k < 0 || k >= width) {
            throw new IndexOutOfBoundsException(String.format(java.util.Locale.ROOT,
                    "(unit %d, period %d, %s %d) is outside (%d, %d, %d)", unit, period, kind, k, units, periods,
                    width));
        }
        return (unit * periods + period) * width + k;
    }

    /** {@code measures} zeroed columns of {@code units × periods × width} cells each. */
    static long[][] zeros(int measures, int units, int periods, int width) {
        org.communitysafety.core.lang.Check.argument(units >= 0, "units must not be negative, got %d", units);
        int cells = Math.multiplyExact(Math.multiplyExact(units, periods), width);
        long[][] m = new long[measures][];
        for (int k = 0; k < measures; k++) {
            m[k] = new long[cells];
        }
        return m;
    }

    /** Checks that a mask covers the cube's third axis: one flag per {@code kinds} ("types", "categories"). */
    static void checkMask(boolean[] mask, int width, String kinds) {
        java.util.Objects.requireNonNull(mask, "mask");
        // guarded, not Check.argument(...): that boxes its arguments on every call, and the catalogue
        // sums a masked group for most of its rows (3-5% of its time)
        if (mask.length != width) {
            throw new IllegalArgumentException(
                    String.format(java.util.Locale.ROOT, "the mask has %d %s; the cube %d", mask.length, kinds, width));
        }
    }
}
