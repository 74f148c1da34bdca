package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.IntervalMethod;

/**
 * Computes indicators for every unit of a dataset: the entry point of the library. Immutable
 * and thread-safe: each {@code with}-style call returns a new configuration.
 *
 * <pre>{@code
 * var result = Indicators.of(data).period("2024").compareYearOnYear()
 *         .compute("incidents.count", "units.zero_incident_share");
 * result.table().print();
 * }</pre>
 *
 * <p>One computation aggregates each record kind it needs once — one pass over the column store
 * for the period and its baseline together ({@link org.communitysafety.core.aggregate}) — rolls
 * the partials up the jurisdiction tree, and derives every indicator, unit and group from them;
 * no indicator re-reads records.
 *
 * <p>Defaults: no comparison, 95% intervals, α = 0.05, Wilson intervals for proportions, every
 * unit, every group, funnel-plot flags on, no suppression, all processors.
 */
public final class Indicators {

    /** How the baseline period is chosen. */
    public enum Comparison {
        /** No baseline. */
        NONE,
        /** The same period one year earlier (同比): {@link Period#yearEarlier()}. */
        YEAR_ON_YEAR,
        /** The adjacent earlier period of the same length (环比): {@link Period#previous()}. */
        PERIOD_OVER_PERIOD,
        /** A period the caller names. */
        NAMED
    }

    final ColumnarDataset data;
    final Optional<Period> period;
    final Comparison comparison;
    final Optional<Period> named;
    final double confidence;
    final double alpha;
    final IntervalMethod proportionMethod;
    final long suppressBelow;
    final Optional<String> unit;
    final Optional<Level> level;
    final Optional<Set<Group>> groups;
    final boolean funnel;
    final int threads;

    private Indicators(ColumnarDataset data, Optional<Period> period, Comparison comparison, Optional<Period> named,
            double confidence, double alpha, IntervalMethod proportionMethod, long suppressBelow,
            Optional<String> unit, Optional<Level> level, Optional<Set<Group>> groups, boolean funnel, int threads) {
        this.data = data;
        this.period = period;
        this.comparison = comparison;
        this.named = named;
        this.confidence = confidence;
        this.alpha = alpha;
        this.proportionMethod = proportionMethod;
        this.suppressBelow = suppressBelow;
        this.unit = unit;
        this.level = level;
        this.groups = groups;
        this.funnel = funnel;
        this.threads = threads;
    }

    /** Indicators over a column-store dataset, e.g. from {@link Csi#read}. */
    public static Indicators of(ColumnarDataset data) {
        Objects.requireNonNull(data, "data");
        return new Indicators(data, Optional.empty(), Comparison.NONE, Optional.empty(), 0.95, 0.05,
                IntervalMethod.WILSON, 0, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Runtime.getRuntime().availableProcessors());
    }

    /** Indicators over a dataset of record objects (built into column stores first). */
    public static Indicators of(Dataset data) {
        return of(ColumnarDataset.of(Objects.requireNonNull(data, "data")));
    }

    private Indicators copy(Optional<Period> period, Comparison comparison, Optional<Period> named, double confidence,
            double alpha, IntervalMethod method, long suppressBelow, Optional<String> unit, Optional<Level> level,
            Optional<Set<Group>> groups, boolean funnel, int threads) {
        return new Indicators(data, period, comparison, named, confidence, alpha, method, suppressBelow, unit, level,
                groups, funnel, threads);
    }

    /** The period to compute, e.g. a year, a quarter, a month or a year to date. */
    public Indicators period(Period period) {
        Objects.requireNonNull(period, "period");
        return copy(Optional.of(period), comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit,
                level, groups, funnel, threads);
    }

    /** The period in its text form: {@code 2024}, {@code 2024-Q3}, {@code 2024-09}, {@code 2024-01-01..2024-09-30}. */
    public Indicators period(String period) {
        return period(Period.parse(period));
    }

    /** Compare with the same period one year earlier (同比). */
    public Indicators compareYearOnYear() {
        return copy(period, Comparison.YEAR_ON_YEAR, Optional.empty(), confidence, alpha, proportionMethod,
                suppressBelow, unit, level, groups, funnel, threads);
    }

    /** Compare with the adjacent earlier period of the same length (环比). */
    public Indicators comparePeriodOverPeriod() {
        return copy(period, Comparison.PERIOD_OVER_PERIOD, Optional.empty(), confidence, alpha, proportionMethod,
                suppressBelow, unit, level, groups, funnel, threads);
    }

    /** Compare with a named period (which may have another length: the tests allow for it). */
    public Indicators compareWith(Period baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return copy(period, Comparison.NAMED, Optional.of(baseline), confidence, alpha, proportionMethod,
                suppressBelow, unit, level, groups, funnel, threads);
    }

    /** Compare with a named period in its text form. */
    public Indicators compareWith(String baseline) {
        return compareWith(Period.parse(baseline));
    }

    /** No comparison (the default). */
    public Indicators noComparison() {
        return copy(period, Comparison.NONE, Optional.empty(), confidence, alpha, proportionMethod, suppressBelow,
                unit, level, groups, funnel, threads);
    }

    /** The confidence level of the intervals, in (0, 1); 0.95 by default. */
    public Indicators confidence(double level) {
        Check.argument(level > 0 && level < 1, "the confidence level must be in (0, 1), got %s", level);
        return copy(period, comparison, named, level, alpha, proportionMethod, suppressBelow, unit, this.level,
                groups, funnel, threads);
    }

    /** The significance level α: a change is significant when p &lt; α; 0.05 by default. */
    public Indicators alpha(double alpha) {
        Check.argument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), got %s", alpha);
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit, level,
                groups, funnel, threads);
    }

    /**
     * The interval method for proportions: {@link IntervalMethod#WILSON} (the default),
     * {@link IntervalMethod#WILSON_CC} or {@link IntervalMethod#CLOPPER_PEARSON}.
     */
    public Indicators proportionIntervals(IntervalMethod method) {
        Objects.requireNonNull(method, "method");
        Check.argument(method == IntervalMethod.WILSON || method == IntervalMethod.WILSON_CC
                        || method == IntervalMethod.CLOPPER_PEARSON,
                "proportions take WILSON, WILSON_CC or CLOPPER_PEARSON intervals, not %s", method);
        return copy(period, comparison, named, confidence, alpha, method, suppressBelow, unit, level, groups, funnel,
                threads);
    }

    /**
     * Small-count suppression for publishing: a row whose record count (or a ratio's numerator or
     * denominator) is at least 1 and below {@code threshold} has its value, counts, interval and
     * change withheld and is flagged {@link Flag#SUPPRESSED}; zero counts are shown. A baseline
     * below the threshold withholds the change ({@link Flag#BASELINE_SUPPRESSED}). The
     * denominator of a rate per population is public and stays. 0 (the default) suppresses
     * nothing.
     */
    public Indicators suppressBelow(long threshold) {
        Check.nonNegative(threshold, "threshold");
        return copy(period, comparison, named, confidence, alpha, proportionMethod, threshold, unit, level, groups,
                funnel, threads);
    }

    /** Only this unit and its descendants. */
    public Indicators unit(String code) {
        Objects.requireNonNull(code, "code");
        data.tree().find(code).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + code + "'"
                + data.tree().suggest(code).map(s -> "; did you mean " + s + "?").orElse("")));
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, Optional.of(code),
                level, groups, funnel, threads);
    }

    /** Only the units at this level (within {@link #unit}'s subtree if one is set). */
    public Indicators level(Level level) {
        Objects.requireNonNull(level, "level");
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit,
                Optional.of(level), groups, funnel, threads);
    }

    /**
     * Only these groups, in text form ({@code all}, {@code criminal}, {@code category:theft},
     * {@code type:family}); by default every group, category and type that applies.
     */
    public Indicators groups(String... groups) {
        Set<Group> set = new LinkedHashSet<>();
        for (String g : groups) {
            set.add(Group.parse(g));
        }
        Check.argument(!set.isEmpty(), "name at least one group");
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit, level,
                Optional.of(Set.copyOf(set)), funnel, threads);
    }

    /** Whether to flag units outside the funnel-plot limits around their parent (on by default). */
    public Indicators funnelFlags(boolean on) {
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit, level,
                groups, on, threads);
    }

    /** The number of threads the aggregation may use; all processors by default. */
    public Indicators threads(int threads) {
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        return copy(period, comparison, named, confidence, alpha, proportionMethod, suppressBelow, unit, level,
                groups, funnel, threads);
    }

    /** The baseline period the comparison resolves to, if any. */
    public Optional<Period> baseline() {
        Period p = requirePeriod();
        return switch (comparison) {
            case NONE -> Optional.empty();
            case YEAR_ON_YEAR -> Optional.of(p.yearEarlier());
            case PERIOD_OVER_PERIOD -> Optional.of(p.previous());
            case NAMED -> named;
        };
    }

    Period requirePeriod() {
        return period.orElseThrow(() -> new IllegalStateException(
                "no period set: call period(\"2024\") (or another period) before compute"));
    }

    /** Computes the named indicators (every indicator when none is named). */
    public Results compute(String... ids) {
        List<Indicator> list = new ArrayList<>();
        for (String id : ids) {
            list.add(Indicator.of(id));
        }
        return compute(list.isEmpty() ? Arrays.asList(Indicator.values()) : list);
    }

    /** Computes these indicators (every indicator when the collection is empty). */
    public Results compute(Collection<Indicator> indicators) {
        Objects.requireNonNull(indicators, "indicators");
        List<Indicator> list = indicators.isEmpty()
                ? Arrays.asList(Indicator.values())
                : new ArrayList<>(new LinkedHashSet<>(indicators));
        return new Computation(this, requirePeriod(), baseline()).run(list);
    }

    /** Computes the whole catalogue. */
    public Results computeAll() {
        return compute(Arrays.asList(Indicator.values()));
    }

    @Override
    public String toString() {
        return "Indicators[" + data.tree().size() + " units, period " + period.map(Period::toString).orElse("unset")
                + ", comparison " + comparison + (period.isPresent() ? baseline().map(b -> " with " + b).orElse("") : "")
                + "]";
    }
}
