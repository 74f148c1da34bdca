package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.lang.Check;
import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.Interval;

/**
 * The control limits of a funnel plot drawn as a curve: the lower and upper limit around a target
 * at denominators from {@code from} to {@code to}, sampled at points spaced evenly on a log scale
 * (x<sub>k</sub> = from × (to/from)<sup>k/(samples−1)</sup>), in the indicator's unit. Immutable
 * and thread-safe.
 *
 * <p>The limits are {@link Funnel}'s exact limits with Spiegelhalter's interpolation: binomial
 * for a proportion, whose denominators are whole numbers (each x is rounded to the nearest, at
 * least 1), and Poisson for a rate per population, the target divided by the indicator's scale
 * (10,000 for a rate per 10,000) and the limits multiplied back. A unit is flagged by the exact
 * tails instead ({@link Ranking}); the curve is what a plot draws.
 *
 * <pre>{@code
 * FunnelCurve c = FunnelCurve.of(Indicator.INCIDENTS_RATE_PER_10K, 21.5, 0.998, 500, 60_000, 61);
 * for (FunnelCurve.Sample s : c.samples()) { plot(s.x(), s.lower(), s.upper()); }
 * }</pre>
 *
 * @param indicator the indicator, a proportion or a rate per population
 * @param target    the target (the overall value), in the indicator's unit
 * @param level     the two-sided level of the limits, e.g. 0.95 or 0.998
 * @param samples   the samples, by increasing x
 */
public record FunnelCurve(Indicator indicator, double target, double level, List<FunnelCurve.Sample> samples) {

    /** The 95% level: about two standard errors, the "alert" limits. */
    public static final double INNER = Funnel.INNER;

    /** The 99.8% level: about three standard errors, the "alarm" limits. */
    public static final double OUTER = Funnel.OUTER;

    /**
     * One sample of the curve.
     *
     * @param x     the denominator: trials of a proportion, residents of a rate
     * @param lower the lower control limit at x, in the indicator's unit
     * @param upper the upper control limit at x
     */
    public record Sample(double x, double lower, double upper) {

        /** {@code x → [lower, upper]}, numbers as {@link Locale#ROOT} writes them. */
        @Override
        public String toString() {
            return NumberText.number(x) + " → [" + NumberText.number(lower) + ", " + NumberText.number(upper) + "]";
        }
    }

    /** Checks the fields and copies the samples. */
    public FunnelCurve {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(samples, "samples");
        samples = List.copyOf(samples);
    }

    /**
     * The curve of an indicator's limits around {@code target}.
     *
     * @param indicator a proportion ({@link Indicator.Statistic#PROPORTION}) or a rate per population
     *                  ({@link Indicator.Statistic#POISSON_RATE})
     * @param target    the target in the indicator's unit: a proportion in (0, 1), a rate above 0
     * @param level     the two-sided level, in (0, 1)
     * @param from      the smallest denominator, at least 1
     * @param to        the largest denominator, above {@code from}
     * @param samples   how many points, at least 2
     * @throws IllegalArgumentException naming the bad argument and the rule
     */
    public static FunnelCurve of(Indicator indicator, double target, double level, double from, double to,
            int samples) {
        return of(indicator, target, level, from, to, samples, FunnelLimits.EXACT);
    }

    /**
     * The curve of an indicator's limits around {@code target}, a proportion's drawn as
     * {@code limits} says: exact with Spiegelhalter's interpolation, or PHE's score limits
     * ({@link FunnelLimits}); a rate's are the same either way.
     *
     * @throws IllegalArgumentException naming the bad argument and the rule
     */
    public static FunnelCurve of(Indicator indicator, double target, double level, double from, double to,
            int samples, FunnelLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return curve(indicator, target, level, from, to, samples, limits);
    }

    private static FunnelCurve curve(Indicator indicator, double target, double level, double from, double to,
            int samples, FunnelLimits limits) {
        Objects.requireNonNull(indicator, "indicator");
        Indicator.Statistic stat = indicator.statistic();
        Check.argument(stat == Indicator.Statistic.PROPORTION || stat == Indicator.Statistic.POISSON_RATE,
                "a funnel needs a proportion or a rate per population, not %s", indicator);
        Check.argument(stat == Indicator.Statistic.PROPORTION ? target > 0 && target < 1 : target > 0,
                "the target of %s must be %s, got %s", indicator,
                stat == Indicator.Statistic.PROPORTION ? "in (0, 1)" : "above 0", target);
        Check.argument(level > 0 && level < 1, "the level must be in (0, 1), got %s", level);
        Check.argument(from >= 1 && to > from && Double.isFinite(to),
                "the denominators must run from at least 1 to more than that, got %s to %s", from, to);
        Check.argument(samples >= 2, "a curve needs at least 2 samples, got %d", samples);
        double scale = indicator.unit() == Indicator.Unit.PER_10K ? 10_000 : 1;
        List<Sample> list = new ArrayList<>(samples);
        for (int k = 0; k < samples; k++) {
            double x = from * Math.pow(to / from, k / (double) (samples - 1));
            if (stat == Indicator.Statistic.PROPORTION) {
                long n = Math.max(1, Math.round(x));
                Interval i = limits.proportionLimits(target, n, level);
                list.add(new Sample(n, i.lower(), i.upper()));
            } else {
                Interval i = Funnel.rateLimits(target / scale, x, level);
                list.add(new Sample(x, i.lower() * scale, i.upper() * scale));
            }
        }
        return new FunnelCurve(indicator, target, level, list);
    }

    /** {@code FunnelCurve[incidents.rate_per_10k around 21.5 at 99.8%, 61 samples from 500 to 60000]}. */
    @Override
    public String toString() {
        return "FunnelCurve[" + indicator + " around " + NumberText.number(target) + " at "
                + NumberText.number(level * 100) + "%, " + samples.size() + " samples from "
                + NumberText.number(samples.get(0).x()) + " to " + NumberText.number(samples.get(samples.size() - 1).x())
                + "]";
    }
}
