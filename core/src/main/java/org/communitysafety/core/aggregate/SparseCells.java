package org.communitysafety.core.aggregate;

import java.util.Arrays;
import org.communitysafety.core.jurisdiction.JurisdictionTree;

/**
 * The measures of a {@link Cube} stored sparsely: for each (unit, period) key only the columns
 * where some measure is not zero, in ascending column order, as compressed rows ({@code
 * start[key] .. start[key + 1]} index {@code column} and every measure's {@code values}).
 *
 * <p>Why: a dense cube holds 8 bytes × measures × units × periods × columns whatever the data.
 * A tree of a million villages with 10 million incidents over a year and its baseline has 37
 * million incident cells, of which about 6 million are not zero: 2.1 GB dense for the
 * incidents alone (1.5 GB each for disputes and outreach, and as much again for the rolled-up
 * copy), against about 60 bytes a non-zero cell here. A key's row is at most the kind's width
 * long (18 incident categories), so a read is a short scan. The figures are the same: a cell not
 * stored reads as zero, and every sum is exact ({@link Math#addExact}) as in the dense form.
 *
 * <p>Immutable once built; thread-safe to read.
 */
final class SparseCells {
    /** {@code start[key] .. start[key + 1]}: the entries of key {@code unit × periods + period}. */
    final int[] start;
    /** The column of each entry, ascending within a key. */
    final short[] column;
    /** {@code values[k][entry]}: the k-th measure held. */
    final long[][] values;

    SparseCells(int[] start, short[] column, long[][] values) {
        this.start = start;
        this.column = column;
        this.values = values;
    }

    int keys() {
        return start.length - 1;
    }

    int entries() {
        return start[start.length - 1];
    }

    /** The entry of {@code column} in {@code key}, or −1 when the cell is zero. */
    private int find(int key, int col) {
        for (int i = start[key], end = start[key + 1]; i < end; i++) {
            int c = column[i];
            if (c >= col) {
                return c == col ? i : -1;
            }
        }
        return -1;
    }

    long get(int k, int key, int col) {
        int i = find(key, col);
        return i < 0 ? 0 : values[k][i];
    }

    long total(int k, int key) {
        long[] v = values[k];
        long s = 0;
        for (int i = start[key], end = start[key + 1]; i < end; i++) {
            s = Math.addExact(s, v[i]);
        }
        return s;
    }

    long sum(int k, int key, boolean[] mask) {
        long[] v = values[k];
        long s = 0;
        for (int i = start[key], end = start[key + 1]; i < end; i++) {
            if (mask[column[i]]) {
                s = Math.addExact(s, v[i]);
            }
        }
        return s;
    }

    /** The sum of measure {@code k} over every cell. */
    long sumAll(int k) {
        long s = 0;
        for (long x : values[k]) {
            s += x;
        }
        return s;
    }

    /** The dense form: {@code [measure][key × width + column]}. */
    long[][] toDense(int width) {
        long[][] m = new long[values.length][Math.multiplyExact(keys(), width)];
        for (int key = 0; key < keys(); key++) {
            for (int i = start[key]; i < start[key + 1]; i++) {
                for (int k = 0; k < values.length; k++) {
                    m[k][key * width + column[i]] = values[k][i];
                }
            }
        }
        return m;
    }

    /** The sparse form of dense measures {@code [measure][key × width + column]}. */
    static SparseCells of(long[][] dense, int keys, int width) {
        int entries = 0;   // counted first, so that the arrays are made once, of their size
        for (int cell = 0, cells = keys * width; cell < cells; cell++) {
            for (long[] m : dense) {
                if (m[cell] != 0) {
                    entries++;
                    break;
                }
            }
        }
        Builder b = new Builder(keys, dense.length, entries);
        long[] row = new long[dense.length];
        for (int key = 0; key < keys; key++) {
            for (int c = 0; c < width; c++) {
                int cell = key * width + c;
                for (int k = 0; k < dense.length; k++) {
                    row[k] = dense[k][cell];
                }
                b.add(c, row);
            }
            b.endKey();
        }
        return b.build();
    }

    /**
     * The cells of {@code parts}' keys one after the other (the parts of consecutive ranges of
     * keys, each with the same measures), in arrays made once, of their size.
     */
    static SparseCells concat(SparseCells[] parts) {
        int keys = 0;
        int entries = 0;
        for (SparseCells p : parts) {
            keys = Math.addExact(keys, p.keys());
            entries = Math.addExact(entries, p.entries());
        }
        int measures = parts.length == 0 ? 0 : parts[0].values.length;
        int[] start = new int[keys + 1];
        short[] column = new short[entries];
        long[][] values = new long[measures][entries];
        int key = 0;
        int at = 0;
        for (SparseCells p : parts) {
            for (int k = 1; k <= p.keys(); k++) {
                start[key + k] = at + p.start[k];
            }
            int n = p.entries();
            System.arraycopy(p.column, 0, column, at, n);
            for (int k = 0; k < measures; k++) {
                System.arraycopy(p.values[k], 0, values[k], at, n);
            }
            key += p.keys();
            at += n;
        }
        return new SparseCells(start, column, values);
    }

    /** Cell-wise {@code a + b}; an overflow throws. */
    static SparseCells plus(SparseCells a, SparseCells b, int width) {
        int measures = a.values.length;
        Builder out = new Builder(a.keys(), measures, a.entries() + b.entries());
        long[] row = new long[measures];
        for (int key = 0; key < a.keys(); key++) {
            int i = a.start[key];
            int j = b.start[key];
            int ie = a.start[key + 1];
            int je = b.start[key + 1];
            while (i < ie || j < je) {
                int ca = i < ie ? a.column[i] : width;
                int cb = j < je ? b.column[j] : width;
                int c = Math.min(ca, cb);
                for (int k = 0; k < measures; k++) {
                    long x = ca == c ? a.values[k][i] : 0;
                    long y = cb == c ? b.values[k][j] : 0;
                    row[k] = Math.addExact(x, y);
                }
                out.add(c, row);
                i += ca == c ? 1 : 0;
                j += cb == c ? 1 : 0;
            }
            out.endKey();
        }
        return out.build();
    }

    /**
     * Every unit's figures plus its descendants', as {@link Grid#rollUpInPlace} does for the dense form:
     * the tree numbers the units children first, so each unit's children are already rolled up
     * when it is reached, and its row is its own plus theirs, added in a dense scratch of one
     * key's columns.
     */
    SparseCells rollUp(JurisdictionTree tree, int periods, int width) {
        int measures = values.length;
        int units = keys() / Math.max(1, periods);
        Builder out = new Builder(keys(), measures, rolledEntries(tree, periods, width, units));
        long[][] scratch = new long[measures][width];
        boolean[] touched = new boolean[width];
        long[] row = new long[measures];
        for (int u = 0; u < units; u++) {
            int[] children = tree.children(u);
            for (int p = 0; p < periods; p++) {
                int key = u * periods + p;
                if (children.length == 0) {   // a leaf: its own row as it is
                    for (int i = start[key]; i < start[key + 1]; i++) {
                        for (int k = 0; k < measures; k++) {
                            row[k] = values[k][i];
                        }
                        out.add(column[i], row);
                    }
                    out.endKey();
                    continue;
                }
                addRow(this.start, this.column, this.values, key, scratch, touched);
                for (int child : children) {
                    addRow(out.start, out.column, out.values, child * periods + p, scratch, touched);
                }
                for (int c = 0; c < width; c++) {
                    if (touched[c]) {
                        for (int k = 0; k < measures; k++) {
                            row[k] = scratch[k][c];
                            scratch[k][c] = 0;
                        }
                        touched[c] = false;
                        out.add(c, row);
                    }
                }
                out.endKey();
            }
        }
        return out.build();
    }

    /**
     * The entries of the rolled-up cells, counted before they are made so that {@link #rollUp}
     * makes its arrays once, of their size: a key's columns are its own and its children's
     * (children first, as in the roll-up), kept as a bit set a key when the width is at most 64
     * (8 bytes a key, against 1.25 × the entries' arrays outgrown and copied to size). A
     * column whose sum is zero is skipped by the builder, which then trims as before; wider
     * cubes take the estimate of a quarter more entries.
     */
    private long rolledEntries(JurisdictionTree tree, int periods, int width, int units) {
        if (width > Long.SIZE) {
            return entries() + entries() / 4 + 16;
        }
        long[] columns = new long[keys()];
        long total = 0;
        for (int u = 0; u < units; u++) {
            int[] children = tree.children(u);
            for (int p = 0; p < periods; p++) {
                int key = u * periods + p;
                long set = 0;
                for (int i = start[key]; i < start[key + 1]; i++) {
                    set |= 1L << column[i];
                }
                for (int child : children) {
                    set |= columns[child * periods + p];
                }
                columns[key] = set;
                total += Long.bitCount(set);
            }
        }
        return total;
    }

    private static void addRow(int[] start, short[] column, long[][] values, int key, long[][] scratch,
            boolean[] touched) {
        for (int i = start[key]; i < start[key + 1]; i++) {
            int c = column[i];
            touched[c] = true;
            for (int k = 0; k < values.length; k++) {
                scratch[k][c] = Math.addExact(scratch[k][c], values[k][i]);
            }
        }
    }

    /** Appends keys in order and, within a key, columns in ascending order; rows all zero are skipped. */
    static final class Builder {
        final int[] start;
        short[] column;
        long[][] values;
        private int n;
        private int key;

        Builder(int keys, int measures, long capacity) {
            start = new int[keys + 1];
            column = new short[Math.toIntExact(Math.max(16, capacity))];
            values = new long[measures][column.length];
        }

        void add(int col, long[] row) {
            boolean zero = true;
            for (long x : row) {
                zero &= x == 0;
            }
            if (zero) {
                return;
            }
            if (n == column.length) {
                int cap = n + (n >> 1) + 16;
                column = Arrays.copyOf(column, cap);
                for (int k = 0; k < values.length; k++) {
                    values[k] = Arrays.copyOf(values[k], cap);
                }
            }
            column[n] = (short) col;
            for (int k = 0; k < row.length; k++) {
                values[k][n] = row[k];
            }
            n++;
        }

        void endKey() {
            start[++key] = n;
        }

        SparseCells build() {
            long[][] v = new long[values.length][];
            for (int k = 0; k < v.length; k++) {
                v[k] = n == values[k].length ? values[k] : Arrays.copyOf(values[k], n);
            }
            return new SparseCells(start, n == column.length ? column : Arrays.copyOf(column, n), v);
        }
    }
}
