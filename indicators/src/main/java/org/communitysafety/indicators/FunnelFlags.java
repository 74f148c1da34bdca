package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;
import static org.communitysafety.indicators.Indicator.Statistic;

import java.util.Arrays;

/**
 * Flags a unit whose count lies outside the funnel-plot control limits around its parent's value
 * at the unit's own denominator: a proportion against the parent's proportion, a rate per
 * population against the parent's rate, decided by the exact tail probability
 * ({@link FunnelRule}).
 *
 * <p>The shortcut: a value so close to the target that no exact 95% limit can exclude it —
 * within half the normal-approximation half-width z₀.₉₇₅ × √(v/n) of the target, where
 * v = p(1 − p) for a proportion and v = rate for a Poisson rate — is inside without the exact
 * tails. The exact limits (quantiles of the binomial or Poisson distribution) lie outside that
 * band: the distance from the centre of a discrete distribution to its 2.5% quantile is never
 * below half the normal one, and PHE's score limits ({@link FunnelLimits#SCORE}) are the whole
 * normal half-width. So the expensive tail computation is only done for the units near or beyond
 * the limits. {@code FunnelShortcutTest} computes the sample's flags with and without
 * the shortcut and finds them identical.
 *
 * <p>The parent's figure is the same for all its children: the last one read for each group is
 * kept (units come in code order, so siblings mostly follow one another), which spares a third of
 * a catalogue's cube reads. Confined to one thread, like the {@link RowBuilder} that holds it.
 */
final class FunnelFlags {

    private final Computation figures;
    private final int p;
    private final boolean shortcut;
    private final FunnelLimits limits;

    /** By selector ordinal: the selector, indicator and parent last read, and the parent's num and den (−1: none). */
    private Selector[] lastSelector = new Selector[0];
    private Indicator[] lastIndicator = new Indicator[0];
    private int[] lastParent = new int[0];
    private long[] parentNum = new long[0];
    private long[] parentDen = new long[0];
    /** The parent's figure as it is read: filled afresh by each read. */
    private final Observation parentFigure = new Observation();

    /**
     * Flags in period {@code p} of {@code figures}, with or without the shortcut.
     *
     * @param figures  the computation whose figures are flagged
     * @param p        the index of the period flagged in
     * @param shortcut whether to take the shortcut
     * @param limits   a proportion's limits: exact tails or PHE's score limits
     */
    FunnelFlags(Computation figures, int p, boolean shortcut, FunnelLimits limits) {
        this.figures = figures;
        this.p = p;
        this.shortcut = shortcut;
        this.limits = limits;
    }

    /** The flag bits ({@link Flag#bit()}) of unit u's position, if it lies outside the 95% limits; 0 otherwise. */
    int flag(Indicator indicator, int u, Selector s, Observation cur) {
        Statistic stat = indicator.statistic();
        if (!(stat == Statistic.POISSON_RATE || stat == Statistic.PROPORTION) || indicator.source() == Source.UNITS) {
            return 0;
        }
        int parent = figures.tree().parent(u);
        if (parent < 0 || cur.den() <= 0) {
            return 0;
        }
        int k = s.ordinal();
        if (k >= lastSelector.length || lastSelector[k] != s || lastIndicator[k] != indicator
                || lastParent[k] != parent) {
            remember(k, s, indicator, parent);
        }
        long wholeNum = parentNum[k];
        long wholeDen = parentDen[k];
        if (wholeNum <= 0 || wholeDen <= 0) {
            return 0;
        }
        double target = (double) wholeNum / wholeDen;
        double value = (double) cur.num() / cur.den();
        if (stat == Statistic.PROPORTION && target >= 1) {
            return 0;
        }
        if (shortcut && clearlyInside(stat, value, target, cur.den())) {
            return 0;
        }
        FunnelRule.Position position = stat == Statistic.PROPORTION
                ? FunnelRule.proportion(cur.num(), cur.den(), target, limits)
                : FunnelRule.rate(cur.num(), cur.den(), target);
        return switch (position) {
            case ABOVE_998 -> Flag.ABOVE_998.bit();
            case ABOVE_95 -> Flag.ABOVE_95.bit();
            case BELOW_998 -> Flag.BELOW_998.bit();
            case BELOW_95 -> Flag.BELOW_95.bit();
            case INSIDE -> 0;
        };
    }

    /** Reads the parent's figure for selector ordinal k; num and den −1 where it is undefined. */
    private void remember(int k, Selector s, Indicator indicator, int parent) {
        if (k >= lastSelector.length) {
            int n = Math.max(k + 1, 2 * lastSelector.length);
            lastSelector = Arrays.copyOf(lastSelector, n);
            lastIndicator = Arrays.copyOf(lastIndicator, n);
            lastParent = Arrays.copyOf(lastParent, n);
            parentNum = Arrays.copyOf(parentNum, n);
            parentDen = Arrays.copyOf(parentDen, n);
        }
        Observation whole = figures.observe(indicator, parent, p, s, parentFigure);
        lastSelector[k] = s;
        lastIndicator[k] = indicator;
        lastParent[k] = parent;
        parentNum[k] = whole.defined() ? whole.num() : -1;
        parentDen[k] = whole.defined() ? whole.den() : -1;
    }

    private static boolean clearlyInside(Statistic stat, double value, double target, long n) {
        double variance = stat == Statistic.PROPORTION ? target * (1 - target) : target;
        double halfWidth = 1.959963984540054 * Math.sqrt(variance / n);
        return Math.abs(value - target) < 0.5 * halfWidth;
    }
}
