package org.communitysafety.indicators.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * Adjusting p-values for many simultaneous tests: a report that tests every village for a change
 * will find some by chance alone.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class Multiplicity {
    private Multiplicity() {}

    /**
     * Benjamini and Hochberg (1995) adjusted p-values (false discovery rate), exactly as R's
     * {@code p.adjust(p, "BH")}: with the m p-values in decreasing order and i their rank from m
     * down to 1,
     * <pre>
     *   adjusted_(i) = min(1, min over j &gt;= i of (m / j) p_(j))
     * </pre>
     * computed as R does ({@code pmin(1, cummin(n / i * p[o]))[ro]}, same floating-point
     * operations), returned in the input order. Ties get equal adjusted values.
     *
     * @param p p-values in [0, 1], none NaN; not modified
     * @return a new array of adjusted p-values, same order as the input (empty for empty input)
     */
    public static double[] benjaminiHochberg(double[] p) {
        Objects.requireNonNull(p, "p");
        int m = p.length;
        for (int i = 0; i < m; i++) {
            Check.argument(p[i] >= 0.0 && p[i] <= 1.0, "p[%d] (%s) must be in [0, 1]", i, p[i]);
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        // decreasing p; the sort is stable, as R's order() is for ties
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double[] adjusted = new double[m];
        double running = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            int rank = m - k;
            double value = ((double) m / rank) * p[order[k]];
            running = Math.min(running, value);
            adjusted[order[k]] = Math.min(1.0, running);
        }
        return adjusted;
    }
}
