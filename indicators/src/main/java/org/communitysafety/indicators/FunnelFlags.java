package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;
import static org.communitysafety.indicators.Indicator.Statistic;

import java.util.EnumSet;

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
 * below half the normal one. So the expensive tail computation is only done for the units near
 * or beyond the limits. {@code FunnelShortcutTest} computes the sample's flags with and without
 * the shortcut and finds them identical.
 *
 * @param figures  the computation whose figures are flagged
 * @param p        the index of the period flagged in
 * @param shortcut whether to take the shortcut
 */
record FunnelFlags(Computation figures, int p, boolean shortcut) {

    /** Adds the flag of unit u's position, if it lies outside the 95% limits. */
    void flag(Indicator indicator, int u, Selector s, Observation cur, EnumSet<Flag> flags) {
        Statistic stat = indicator.statistic();
        if (!(stat == Statistic.POISSON_RATE || stat == Statistic.PROPORTION) || indicator.source() == Source.UNITS) {
            return;
        }
        int parent = figures.tree().parent(u);
        if (parent < 0 || cur.den() <= 0) {
            return;
        }
        Observation whole = figures.observe(indicator, parent, p, s);
        if (!whole.defined() || whole.num() <= 0 || whole.den() <= 0) {
            return;
        }
        double target = (double) whole.num() / whole.den();
        double value = (double) cur.num() / cur.den();
        if (stat == Statistic.PROPORTION && target >= 1) {
            return;
        }
        if (shortcut && clearlyInside(stat, value, target, cur.den())) {
            return;
        }
        FunnelRule.Position position = stat == Statistic.PROPORTION
                ? FunnelRule.proportion(cur.num(), cur.den(), target)
                : FunnelRule.rate(cur.num(), cur.den(), target);
        switch (position) {
            case ABOVE_998 -> flags.add(Flag.ABOVE_998);
            case ABOVE_95 -> flags.add(Flag.ABOVE_95);
            case BELOW_998 -> flags.add(Flag.BELOW_998);
            case BELOW_95 -> flags.add(Flag.BELOW_95);
            case INSIDE -> { }
        }
    }

    private static boolean clearlyInside(Statistic stat, double value, double target, long n) {
        double variance = stat == Statistic.PROPORTION ? target * (1 - target) : target;
        double halfWidth = 1.959963984540054 * Math.sqrt(variance / n);
        return Math.abs(value - target) < 0.5 * halfWidth;
    }
}
