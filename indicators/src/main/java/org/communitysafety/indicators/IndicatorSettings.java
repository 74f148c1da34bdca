package org.communitysafety.indicators;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.IntervalMethod;

/**
 * What one computation of {@link Indicators} is asked for: the period and its comparison, the
 * statistics' levels and methods, the units and groups to report, and the threads to use.
 * Immutable and thread-safe: each {@code with…} method returns a copy with one setting changed.
 * {@link Indicators} wraps one of these, and its fluent methods ({@code period("2024")},
 * {@code compareYearOnYear()} …) are shorthands for the {@code with…} methods here.
 *
 * <p>The {@linkplain #defaults() defaults}: no period (one must be set before computing a
 * catalogue), no comparison, 95% intervals, α = 0.05, Wilson intervals for proportions, no
 * suppression, every unit, every level, every group, funnel-plot flags on with exact limits, all
 * processors.
 *
 * <p>The unit is a unit <i>code</i>: {@link Indicators#unit(String)} resolves a name to its
 * code against the data, which a settings value does not know.
 *
 * @param period              the period to compute; empty until set
 * @param comparison          how the baseline is chosen
 * @param namedBaseline       the baseline when {@code comparison} is {@link Indicators.Comparison#NAMED},
 *                            and only then
 * @param confidence          the confidence level of intervals, in (0, 1)
 * @param alpha               the significance level: a change is significant when p &lt; α, in (0, 1)
 * @param proportionIntervals the interval method of proportions: {@code WILSON}, {@code WILSON_CC} or
 *                            {@code CLOPPER_PEARSON}
 * @param suppressBelow       small-count suppression threshold, 0 for none (see {@link Indicators#suppressBelow})
 * @param unit                the code of the unit whose subtree is reported; empty for every unit
 * @param level               the only level reported; empty for every level
 * @param groups              the only groups reported, at least one; empty for every group
 * @param funnelFlags         whether rows are flagged when outside their parent's funnel-plot limits
 * @param funnelLimits        how a proportion's funnel limits are drawn and its position decided:
 *                            {@code EXACT} tails (the default) or PHE Fingertips' {@code SCORE} limits
 * @param threads             the threads the aggregation may use, at least 1
 */
public record IndicatorSettings(
        Optional<Period> period,
        Indicators.Comparison comparison,
        Optional<Period> namedBaseline,
        double confidence,
        double alpha,
        IntervalMethod proportionIntervals,
        long suppressBelow,
        Optional<String> unit,
        Optional<Level> level,
        Optional<Set<Group>> groups,
        boolean funnelFlags,
        FunnelLimits funnelLimits,
        int threads) {

    /** Checks every setting; the messages name the setting and the bad value. */
    public IndicatorSettings {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(namedBaseline, "namedBaseline");
        Objects.requireNonNull(proportionIntervals, "proportionIntervals");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(funnelLimits, "funnelLimits");
        Check.argument(namedBaseline.isPresent() == (comparison == Indicators.Comparison.NAMED),
                "a named baseline goes with the comparison NAMED, and only with it: got %s and %s", comparison,
                namedBaseline.map(Period::toString).orElse("no baseline"));
        Check.argument(confidence > 0 && confidence < 1, "the confidence level must be in (0, 1), got %s", confidence);
        Check.argument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), got %s", alpha);
        Check.argument(proportionIntervals == IntervalMethod.WILSON || proportionIntervals == IntervalMethod.WILSON_CC
                        || proportionIntervals == IntervalMethod.CLOPPER_PEARSON,
                "proportions take WILSON, WILSON_CC or CLOPPER_PEARSON intervals, not %s", proportionIntervals);
        Check.nonNegative(suppressBelow, "threshold");
        unit.ifPresent(u -> Check.argument(!u.isBlank(), "a unit code must not be blank"));
        groups = groups.map(Set::copyOf);
        groups.ifPresent(g -> Check.argument(!g.isEmpty(), "name at least one group"));
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
    }

    /** The defaults listed in the class description. */
    public static IndicatorSettings defaults() {
        return new IndicatorSettings(Optional.empty(), Indicators.Comparison.NONE, Optional.empty(), 0.95, 0.05,
                IntervalMethod.WILSON, 0, Optional.empty(), Optional.empty(), Optional.empty(), true,
                FunnelLimits.EXACT, Runtime.getRuntime().availableProcessors());
    }

    /** With this period. */
    public IndicatorSettings withPeriod(Period period) {
        Objects.requireNonNull(period, "period");
        return new IndicatorSettings(Optional.of(period), comparison, namedBaseline, confidence, alpha,
                proportionIntervals, suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /**
     * With this comparison: {@code NONE}, {@code YEAR_ON_YEAR} or {@code PERIOD_OVER_PERIOD}; a
     * named baseline is set with {@link #withBaseline}.
     *
     * @throws IllegalArgumentException for {@code NAMED}
     */
    public IndicatorSettings withComparison(Indicators.Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        Check.argument(comparison != Indicators.Comparison.NAMED,
                "a NAMED comparison needs its period: call withBaseline(period)");
        return new IndicatorSettings(period, comparison, Optional.empty(), confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** Compared with this named baseline period (comparison {@code NAMED}). */
    public IndicatorSettings withBaseline(Period baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return new IndicatorSettings(period, Indicators.Comparison.NAMED, Optional.of(baseline), confidence, alpha,
                proportionIntervals, suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** With this confidence level of intervals, in (0, 1). */
    public IndicatorSettings withConfidence(double confidence) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** With this significance level α, in (0, 1). */
    public IndicatorSettings withAlpha(double alpha) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** With this interval method for proportions. */
    public IndicatorSettings withProportionIntervals(IntervalMethod method) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, method, suppressBelow,
                unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** With this small-count suppression threshold (0: none). */
    public IndicatorSettings withSuppressBelow(long threshold) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                threshold, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /** Only the subtree of the unit with this code. */
    public IndicatorSettings withUnit(String code) {
        Objects.requireNonNull(code, "code");
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, Optional.of(code), level, groups, funnelFlags, funnelLimits, threads);
    }

    /** Only the units at this level. */
    public IndicatorSettings withLevel(Level level) {
        Objects.requireNonNull(level, "level");
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, Optional.of(level), groups, funnelFlags, funnelLimits, threads);
    }

    /** Only these groups (at least one). */
    public IndicatorSettings withGroups(Set<Group> groups) {
        Objects.requireNonNull(groups, "groups");
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, Optional.of(groups), funnelFlags, funnelLimits, threads);
    }

    /** With or without the funnel-plot flags. */
    public IndicatorSettings withFunnelFlags(boolean on) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, on, funnelLimits, threads);
    }

    /**
     * With these funnel limits for proportions: {@code EXACT} tails (the default) or PHE
     * Fingertips' {@code SCORE} limits ({@link FunnelLimits}).
     */
    public IndicatorSettings withFunnelLimits(FunnelLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, funnelFlags, limits, threads);
    }

    /** With this number of threads, at least 1. */
    public IndicatorSettings withThreads(int threads) {
        return new IndicatorSettings(period, comparison, namedBaseline, confidence, alpha, proportionIntervals,
                suppressBelow, unit, level, groups, funnelFlags, funnelLimits, threads);
    }

    /**
     * The period, which a catalogue needs.
     *
     * @throws IllegalStateException when none is set
     */
    public Period requirePeriod() {
        return period.orElseThrow(() -> new IllegalStateException(
                "no period set: call period(\"2024\") (or another period) before compute"));
    }

    /**
     * The baseline period the comparison resolves to, if any.
     *
     * @throws IllegalStateException when a comparison needs the period and none is set
     */
    public Optional<Period> baseline() {
        return switch (comparison) {
            case NONE -> Optional.empty();
            case YEAR_ON_YEAR -> Optional.of(requirePeriod().yearEarlier());
            case PERIOD_OVER_PERIOD -> Optional.of(requirePeriod().previous());
            case NAMED -> namedBaseline;
        };
    }

    /** Whether the group is reported under these settings. */
    public boolean reports(Group group) {
        Objects.requireNonNull(group, "group");
        return groups.map(g -> g.contains(group)).orElse(true);
    }
}
