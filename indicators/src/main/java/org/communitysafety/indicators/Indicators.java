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
 * System.out.println(result);                          // the first rows as a text table
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
    // Not final so that each setting can copy this object and change one field; an instance is
    // never changed after the method that made it returns, and it is published through a final
    // field or a return value, so it is as immutable as the fields' being final would make it.
    Optional<Period> period = Optional.empty();
    Comparison comparison = Comparison.NONE;
    Optional<Period> named = Optional.empty();
    double confidence = 0.95;
    double alpha = 0.05;
    IntervalMethod proportionMethod = IntervalMethod.WILSON;
    long suppressBelow;
    Optional<String> unit = Optional.empty();
    Optional<Level> level = Optional.empty();
    Optional<Set<Group>> groups = Optional.empty();
    boolean funnel = true;
    int threads = Runtime.getRuntime().availableProcessors();

    private Indicators(ColumnarDataset data) {
        this.data = data;
    }

    /** A copy to change one setting of. */
    private Indicators copy() {
        Indicators c = new Indicators(data);
        c.period = period;
        c.comparison = comparison;
        c.named = named;
        c.confidence = confidence;
        c.alpha = alpha;
        c.proportionMethod = proportionMethod;
        c.suppressBelow = suppressBelow;
        c.unit = unit;
        c.level = level;
        c.groups = groups;
        c.funnel = funnel;
        c.threads = threads;
        return c;
    }

    /** Indicators over a column-store dataset, e.g. from {@link Csi#read}. */
    public static Indicators of(ColumnarDataset data) {
        return new Indicators(Objects.requireNonNull(data, "data"));
    }

    /** Indicators over a dataset of record objects (built into column stores first). */
    public static Indicators of(Dataset data) {
        return of(ColumnarDataset.of(Objects.requireNonNull(data, "data")));
    }

    /** The period to compute, e.g. a year, a quarter, a month or a year to date. */
    public Indicators period(Period period) {
        Objects.requireNonNull(period, "period");
        Indicators c = copy();
        c.period = Optional.of(period);
        return c;
    }

    /** The period in its text form: {@code 2024}, {@code 2024-Q3}, {@code 2024-09}, {@code 2024-01-01..2024-09-30}. */
    public Indicators period(String period) {
        return period(Period.parse(period));
    }

    /** Compare with the same period one year earlier (同比). */
    public Indicators compareYearOnYear() {
        Indicators c = copy();
        c.comparison = Comparison.YEAR_ON_YEAR;
        c.named = Optional.empty();
        return c;
    }

    /** Compare with the adjacent earlier period of the same length (环比). */
    public Indicators comparePeriodOverPeriod() {
        Indicators c = copy();
        c.comparison = Comparison.PERIOD_OVER_PERIOD;
        c.named = Optional.empty();
        return c;
    }

    /** Compare with a named period (which may have another length: the tests allow for it). */
    public Indicators compareWith(Period baseline) {
        Objects.requireNonNull(baseline, "baseline");
        Indicators c = copy();
        c.comparison = Comparison.NAMED;
        c.named = Optional.of(baseline);
        return c;
    }

    /** Compare with a named period in its text form. */
    public Indicators compareWith(String baseline) {
        return compareWith(Period.parse(baseline));
    }

    /** No comparison (the default). */
    public Indicators noComparison() {
        Indicators c = copy();
        c.comparison = Comparison.NONE;
        c.named = Optional.empty();
        return c;
    }

    /** The confidence level of the intervals, in (0, 1); 0.95 by default. */
    public Indicators confidence(double level) {
        Check.argument(level > 0 && level < 1, "the confidence level must be in (0, 1), got %s", level);
        Indicators c = copy();
        c.confidence = level;
        return c;
    }

    /** The significance level α: a change is significant when p &lt; α; 0.05 by default. */
    public Indicators alpha(double alpha) {
        Check.argument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), got %s", alpha);
        Indicators c = copy();
        c.alpha = alpha;
        return c;
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
        Indicators c = copy();
        c.proportionMethod = method;
        return c;
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
        Indicators c = copy();
        c.suppressBelow = threshold;
        return c;
    }

    /** Only this unit and its descendants. */
    public Indicators unit(String code) {
        Objects.requireNonNull(code, "code");
        data.tree().find(code).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + code + "'"
                + data.tree().suggest(code).map(s -> "; did you mean " + s + "?").orElse("")));
        Indicators c = copy();
        c.unit = Optional.of(code);
        return c;
    }

    /** Only the units at this level (within {@link #unit}'s subtree if one is set). */
    public Indicators level(Level level) {
        Objects.requireNonNull(level, "level");
        Indicators c = copy();
        c.level = Optional.of(level);
        return c;
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
        Indicators c = copy();
        c.groups = Optional.of(Set.copyOf(set));
        return c;
    }

    /** Whether to flag units outside the funnel-plot limits around their parent (on by default). */
    public Indicators funnelFlags(boolean on) {
        Indicators c = copy();
        c.funnel = on;
        return c;
    }

    /** The number of threads the aggregation may use; all processors by default. */
    public Indicators threads(int threads) {
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        Indicators c = copy();
        c.threads = threads;
        return c;
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
