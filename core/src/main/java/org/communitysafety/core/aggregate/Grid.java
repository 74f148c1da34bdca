package org.communitysafety.core.aggregate;

import org.communitysafety.core.jurisdiction.JurisdictionTree;

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
     * New arrays in which every unit's block of {@code block} cells (periods × width) includes
     * its descendants': one pass in dense-index order, each unit added to its parent, children
     * before parents.
     */
    static long[][] rollUp(long[][] measures, JurisdictionTree tree, int block) {
        int units = tree.size();
        long[][] m = new long[measures.length][];
        for (int k = 0; k < m.length; k++) {
            long[] s = measures[k].clone();
            for (int u = 0; u < units; u++) {
                int p = tree.parent(u);
                if (p >= 0) {
                    int from = u * block;
                    int to = p * block;
                    for (int i = 0; i < block; i++) {
                        s[to + i] = Math.addExact(s[to + i], s[from + i]);
                    }
                }
            }
            m[k] = s;
        }
        return m;
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
}
