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
 * <p>Memory: the zero counts are kept for the units with children only (a leaf's is read from
 * its count: 1 when it is a base unit with no incident), and the expectations for the units in
 * scope only: 4 bytes × units with children × periods × groups, and 8 bytes × units in scope ×
 * periods × groups, plus 8 bytes a unit for the indices. Why: kept for every unit, as they were,
 * a million villages, 2 periods and 31 groups took 1 GB, though a district-level report reads
 * the 40 districts' figures.
 */
final class ZeroShares {

    /** A rolled-up incident count of unit u, period p, group s. */
    @FunctionalInterface
    interface Counts {
        long count(int u, int p, Selector s);
    }

    private final int[] leafCount;
    private final boolean[] base;
    private final Counts counts;
    /** [unit]: the unit's index among the units with children, −1 for a leaf. */
    private final int[] inner;
    /** [unit]: the unit's index in the scope, −1 when out of scope. */
    private final int[] inScope;
    /** [selector ordinal][period][inner index]: base units with no incident under a unit with children. */
    private final int[][][] zeroLeaves;
    /** [selector ordinal][period][scope index]: the chance expectation, NaN where undefined. */
    private final double[][][] expected;

    private ZeroShares(int[] leafCount, boolean[] base, Counts counts, int[] inner, int[] inScope,
            int[][][] zeroLeaves, double[][][] expected) {
        this.leafCount = leafCount;
        this.base = base;
        this.counts = counts;
        this.inner = inner;
        this.inScope = inScope;
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
        int[] inner = new int[units];
        Arrays.fill(inner, -1);
        int inners = 0;
        for (int u = 0; u < units; u++) {
            if (base[u]) {
                leafCount[u]++;
            }
            if (parents[u] >= 0) {
                leafCount[parents[u]] += leafCount[u];
                if (inner[parents[u]] < 0) {
                    inner[parents[u]] = 0;   // marked; numbered below, in unit order
                }
            }
        }
        for (int u = 0; u < units; u++) {
            if (inner[u] == 0) {
                inner[u] = inners++;
            } else {
                inner[u] = -1;
            }
        }
        int[] inScope = new int[units];
        Arrays.fill(inScope, -1);
        for (int i = 0; i < scope.length; i++) {
            inScope[scope[i]] = i;
        }
        int size = selectors.stream().mapToInt(Selector::ordinal).max().orElse(-1) + 1;
        int[][][] zeroLeaves = new int[size][][];
        double[][][] expected = new double[size][][];
        for (Selector s : selectors) {
            zeroLeaves[s.ordinal()] = new int[periods][];
            expected[s.ordinal()] = new double[periods][];
            for (int p = 0; p < periods; p++) {
                // the units are numbered children first: a unit's children have added theirs when it is reached
                int[] zero = new int[inners];
                for (int u = 0; u < units; u++) {
                    int z = base[u] && counts.count(u, p, s) == 0 ? 1 : 0;
                    if (inner[u] >= 0) {
                        z += zero[inner[u]];
                        zero[inner[u]] = z;
                    }
                    if (parents[u] >= 0) {
                        zero[inner[parents[u]]] += z;
                    }
                }
                double[] e = new double[scope.length];
                for (int i = 0; i < scope.length; i++) {
                    int u = scope[i];
                    e[i] = expectedShare(tree, base, leafCount, u, counts.count(u, p, s), pops[p]);
                }
                zeroLeaves[s.ordinal()][p] = zero;
                expected[s.ordinal()][p] = e;
            }
        }
        return new ZeroShares(leafCount, base, counts, inner, inScope, zeroLeaves, expected);
    }

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

    Observation share(int u, int p, Selector s, Observation into) {
        long zero = inner[u] >= 0 ? zeroLeaves[s.ordinal()][p][inner[u]]
                : base[u] && counts.count(u, p, s) == 0 ? 1 : 0;
        return into.proportion(zero, leafCount[u]);
    }

    Observation expected(int u, int p, Selector s, Observation into) {
        int i = inScope[u];
        return into.expectation(i < 0 ? Double.NaN : expected[s.ordinal()][p][i], leafCount[u]);
    }
}
