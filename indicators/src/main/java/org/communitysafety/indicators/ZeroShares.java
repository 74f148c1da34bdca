package org.communitysafety.indicators;

import java.util.Arrays;
import java.util.List;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;

/**
 * The zero-incident shares of a computation ({@link Indicator#UNITS_ZERO_INCIDENT_SHARE},
 * {@link Indicator#UNITS_EXPECTED_ZERO_SHARE}): for each group, period and unit, the base units
 * of the unit's subtree with no incident, and the share that chance alone would leave at zero.
 * The base units are the leaves, except that grids ({@link Level#GRID}) do not count: a village
 * or community divided into grids counts as one, with its grids' incidents (so a tree with
 * grids gives the same shares as the same tree without them). Built once from the rolled-up
 * counts; read-only afterwards.
 *
 * <p>Memory: 8 bytes × units × periods × groups for each of the two arrays (600 units, 2 periods
 * and 33 groups: 0.6 MB).
 */
final class ZeroShares {

    /** A rolled-up incident count of unit u, period p, group s. */
    @FunctionalInterface
    interface Counts {
        long count(int u, int p, Selector s);
    }

    private final int[] leafCount;
    /** [selector ordinal][period][unit]: leaves with no incident. */
    private final long[][][] zeroLeaves;
    /** [selector ordinal][period][unit]: the chance expectation, NaN where undefined or not asked for. */
    private final double[][][] expected;

    private ZeroShares(int[] leafCount, long[][][] zeroLeaves, double[][][] expected) {
        this.leafCount = leafCount;
        this.zeroLeaves = zeroLeaves;
        this.expected = expected;
    }

    /** The shares of these groups in every period; the expectations of the units in {@code scope}. */
    static ZeroShares of(JurisdictionTree tree, long[][] pops, List<Selector> selectors, int[] scope, Counts counts) {
        int units = tree.size();
        int periods = pops.length;
        int[] leafCount = new int[units];
        int[] parents = tree.parents();
        boolean[] base = baseUnits(tree);
        for (int u = 0; u < units; u++) {
            if (base[u]) {
                leafCount[u]++;
            }
            if (parents[u] >= 0) {
                leafCount[parents[u]] += leafCount[u];
            }
        }
        int size = selectors.stream().mapToInt(Selector::ordinal).max().orElse(-1) + 1;
        long[][][] zeroLeaves = new long[size][][];
        double[][][] expected = new double[size][][];
        for (Selector s : selectors) {
            zeroLeaves[s.ordinal()] = new long[periods][];
            expected[s.ordinal()] = new double[periods][];
            for (int p = 0; p < periods; p++) {
                long[] count = new long[units];
                long[] zero = new long[units];
                for (int u = 0; u < units; u++) {
                    count[u] = counts.count(u, p, s);
                    if (base[u] && count[u] == 0) {
                        zero[u]++;
                    }
                    if (parents[u] >= 0) {
                        zero[parents[u]] += zero[u];
                    }
                }
                double[] e = new double[units];
                Arrays.fill(e, Double.NaN);
                for (int u : scope) {
                    e[u] = expectedShare(tree, base, leafCount, u, count[u], pops[p]);
                }
                zeroLeaves[s.ordinal()][p] = zero;
                expected[s.ordinal()][p] = e;
            }
        }
        return new ZeroShares(leafCount, zeroLeaves, expected);
    }

    /**
     * Whether each unit is a base unit of the shares: not a grid, and with no child that is not
     * a grid (a leaf, or a village whose children are all grids).
     */
    static boolean[] baseUnits(JurisdictionTree tree) {
        int units = tree.size();
        boolean[] base = new boolean[units];
        boolean[] parentOfNonGrid = new boolean[units];
        int[] parents = tree.parents();
        for (int u = 0; u < units; u++) {
            if (parents[u] >= 0 && tree.unit(u).level() != Level.GRID) {
                parentOfNonGrid[parents[u]] = true;
            }
        }
        for (int u = 0; u < units; u++) {
            base[u] = tree.unit(u).level() != Level.GRID && !parentOfNonGrid[u];
        }
        return base;
    }

    /** (1/n) Σ e^(−pop(v) × count(U)/pop(U)) over the n base units v of U; NaN when a population is unknown. */
    private static double expectedShare(JurisdictionTree tree, boolean[] base, int[] leafCount, int u, long count,
            long[] pop) {
        if (pop[u] <= 0) {
            return Double.NaN;
        }
        double rate = (double) count / pop[u];
        double sum = 0;
        for (int v = tree.subtreeStart(u); v <= u; v++) {
            if (base[v]) {
                if (pop[v] < 0) {
                    return Double.NaN;
                }
                sum += Math.exp(-pop[v] * rate);
            }
        }
        return sum / leafCount[u];
    }

    /** The share of unit u's base units with no incident of group s in period p. */
    Observation share(int u, int p, Selector s) {
        return Observation.proportion(zeroLeaves[s.ordinal()][p][u], leafCount[u]);
    }

    /** The share chance alone would leave at zero. */
    Observation expected(int u, int p, Selector s) {
        return Observation.expectation(expected[s.ordinal()][p][u], leafCount[u]);
    }
}
