package org.communitysafety.core.sample;

import java.util.SplittableRandom;
import org.communitysafety.core.lang.Check;

/**
 * Sampling from a fixed discrete distribution in O(1) per draw: Walker's alias method as
 * laid out by Vose (M. D. Vose, "A linear algorithm for generating random numbers with a given
 * distribution", IEEE Trans. Softw. Eng. 17(9), 1991).
 *
 * <p>Building costs O(n). A draw takes one uniform double: its integer part
 * ({@code u·n}) picks a column, its fraction decides between the column and its alias. Zero
 * weights are never drawn.
 *
 * <p>Immutable and thread-safe (the random generator is the caller's).
 */
final class AliasTable {
    private final double[] prob;
    private final int[] alias;

    private AliasTable(double[] prob, int[] alias) {
        this.prob = prob;
        this.alias = alias;
    }

    /**
     * A table drawing index {@code i} with probability {@code weights[i] / sum(weights)}.
     *
     * @throws IllegalArgumentException if there are no weights, one is negative or not finite,
     *                                  or all are zero
     */
    static AliasTable of(double[] weights) {
        int n = weights.length;
        Check.argument(n > 0, "an alias table needs at least one weight");
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            Check.argument(w >= 0 && Double.isFinite(w), "weight %d must be finite and ≥ 0, got %s", i, w);
            sum += w;
        }
        Check.argument(sum > 0, "the weights must not all be zero");
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1.0) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        double[] prob = new double[n];
        int[] alias = new int[n];
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            prob[s] = scaled[s];
            alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1.0;
            if (scaled[l] < 1.0) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        // what is left is 1 up to rounding error
        while (nl > 0) {
            int l = large[--nl];
            prob[l] = 1.0;
            alias[l] = l;
        }
        while (ns > 0) {
            int s = small[--ns];
            prob[s] = weights[s] > 0 ? 1.0 : 0.0;
            alias[s] = weights[s] > 0 ? s : firstPositive(weights);
        }
        return new AliasTable(prob, alias);
    }

    private static int firstPositive(double[] weights) {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new AssertionError("checked above");
    }

    /** Draws an index. */
    int sample(SplittableRandom rng) {
        int n = prob.length;
        double u = rng.nextDouble() * n;
        int i = (int) u;
        if (i >= n) {
            i = n - 1;
        }
        return u - i < prob[i] ? i : alias[i];
    }

    /** The number of outcomes. */
    int size() {
        return prob.length;
    }

    /** The exact probability of drawing {@code i}, recomputed from the table (for tests). */
    double probability(int i) {
        int n = prob.length;
        double p = prob[i];
        for (int j = 0; j < n; j++) {
            if (alias[j] == i && j != i) {
                p += 1.0 - prob[j];
            }
        }
        return p / n;
    }
}
