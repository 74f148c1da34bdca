package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentTimes;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.stats.IntervalMethod;

/**
 * Computes indicators for every unit of a dataset: the entry point of the library. Immutable
 * and thread-safe: each setting returns a new {@code Indicators} over the same data with one
 * {@link IndicatorSettings} value changed.
 *
 * <pre>{@code
 * var result = Indicators.of(data).period("2024").compareYearOnYear()
 *         .compute(Indicator.INCIDENTS_COUNT, Indicator.UNITS_ZERO_INCIDENT_SHARE);
 * result.unit("白兴区").group(Group.criminal());
 * Indicators.of(data).series(Indicator.INCIDENTS_COUNT, "白兴区", Group.criminal(), Period.parse("2024"),
 *         Granularity.MONTH);
 * System.out.println(result);                          // the first rows as a text table
 * }</pre>
 *
 * <p>One computation aggregates each record kind it needs once — one pass over the column store
 * for the period and its baseline together, or for every period of a series and their
 * baselines ({@link org.communitysafety.core.aggregate}) — rolls the partials up the
 * jurisdiction tree, and derives every indicator, unit and group from them; no indicator
 * re-reads records. The same catalogue runs on cubes made elsewhere — a Spark job's merged
 * partials, cubes read back with {@code CubeCodec} — through {@link #of(Aggregates)}: the rows
 * are byte for byte those of the records the cubes came from.
 *
 * <p>Defaults ({@link IndicatorSettings#defaults()}): no comparison, 95% intervals, α = 0.05,
 * Wilson intervals for proportions, every unit, every group, funnel-plot flags on, no
 * suppression, all processors.
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

    /** The records, or null when made from cubes. */
    private final ColumnarDataset data;
    /** The cubes, or null when made from records. */
    private final Aggregates cubes;
    private final IndicatorSettings settings;

    private Indicators(ColumnarDataset data, Aggregates cubes, IndicatorSettings settings) {
        this.data = data;
        this.cubes = cubes;
        this.settings = settings;
    }

    /** Indicators over a column-store dataset, e.g. from {@link Csi#read}, with the default settings. */
    public static Indicators of(ColumnarDataset data) {
        return of(data, IndicatorSettings.defaults());
    }

    /**
     * Indicators over a column-store dataset with these settings.
     *
     * @throws IllegalArgumentException when the settings name a unit the data do not have
     */
    public static Indicators of(ColumnarDataset data, IndicatorSettings settings) {
        Objects.requireNonNull(data, "data");
        checkUnit(data.tree(), Objects.requireNonNull(settings, "settings"));
        return new Indicators(data, null, settings);
    }

    /**
     * Indicators over cubes made elsewhere — merged from a Spark job's partitions, read back with
     * {@code CubeCodec}, added up month by month — with the default settings: {@link #compute}
     * gives, byte for byte, the rows of the records the cubes were aggregated from, provided they
     * hold the period and its baseline ({@link Aggregates}). {@link #series} works when they hold
     * every period of the series and its year-earlier periods. What reads the records themselves
     * ({@link #crimeClock}, {@link #medianReportingDelay}, {@link #data}) is not available.
     */
    public static Indicators of(Aggregates cubes) {
        return of(cubes, IndicatorSettings.defaults());
    }

    /**
     * Indicators over cubes made elsewhere, with these settings ({@link #of(Aggregates)}).
     *
     * @throws IllegalArgumentException when the settings name a unit the tree does not have
     */
    public static Indicators of(Aggregates cubes, IndicatorSettings settings) {
        Objects.requireNonNull(cubes, "cubes");
        checkUnit(cubes.tree(), Objects.requireNonNull(settings, "settings"));
        return new Indicators(null, cubes, settings);
    }

    private static void checkUnit(JurisdictionTree tree, IndicatorSettings settings) {
        settings.unit().ifPresent(u -> Check.argument(tree.contains(u), "unknown unit '%s'%s", u,
                tree.suggest(u).map(s -> "; did you mean " + s + "?").orElse("")));
    }

    /** Indicators over a dataset of record objects (built into column stores first). */
    public static Indicators of(Dataset data) {
        return of(ColumnarDataset.of(Objects.requireNonNull(data, "data")));
    }

    /** The settings. */
    public IndicatorSettings settings() {
        return settings;
    }

    /** The same data with these settings. */
    public Indicators with(IndicatorSettings settings) {
        return data != null ? of(data, settings) : of(cubes, settings);
    }

    /**
     * The records computed from.
     *
     * @throws IllegalStateException when these indicators were made from cubes ({@link #of(Aggregates)})
     */
    public ColumnarDataset data() {
        return records("the data");
    }

    /** Whether these indicators were made from records ({@link #data()} holds them), not from cubes. */
    public boolean hasRecords() {
        return data != null;
    }

    private ColumnarDataset records(String what) {
        if (data == null) {
            throw new IllegalStateException(what + " needs the records, and these indicators were made from cubes"
                    + " (Aggregates); make them with Indicators.of(ColumnarDataset)");
        }
        return data;
    }

    /** The jurisdiction tree: the units, their codes, names, levels and populations. */
    public JurisdictionTree tree() {
        return data != null ? data.tree() : cubes.tree();
    }

    /** The incident taxonomy: its categories and groups. */
    public Taxonomy taxonomy() {
        return data != null ? data.taxonomy() : cubes.taxonomy();
    }

    /** The period to compute, e.g. a year, a quarter, a month or a year to date. */
    public Indicators period(Period period) {
        return with(settings.withPeriod(period));
    }

    /** The period in its text form: {@code 2024}, {@code 2024-Q3}, {@code 2024-09}, {@code 2024-01-01..2024-09-30}. */
    public Indicators period(String period) {
        return period(Period.parse(period));
    }

    /** Compare with the same period one year earlier (同比). */
    public Indicators compareYearOnYear() {
        return with(settings.withComparison(Comparison.YEAR_ON_YEAR));
    }

    /** Compare with the adjacent earlier period of the same length (环比). */
    public Indicators comparePeriodOverPeriod() {
        return with(settings.withComparison(Comparison.PERIOD_OVER_PERIOD));
    }

    /** Compare with a named period (which may have another length: the tests allow for it). */
    public Indicators compareWith(Period baseline) {
        return with(settings.withBaseline(baseline));
    }

    /** Compare with a named period in its text form. */
    public Indicators compareWith(String baseline) {
        return compareWith(Period.parse(baseline));
    }

    /** No comparison (the default). */
    public Indicators noComparison() {
        return with(settings.withComparison(Comparison.NONE));
    }

    /** The confidence level of the intervals, in (0, 1); 0.95 by default. */
    public Indicators confidence(double level) {
        return with(settings.withConfidence(level));
    }

    /** The significance level α: a change is significant when p &lt; α; 0.05 by default. */
    public Indicators alpha(double alpha) {
        return with(settings.withAlpha(alpha));
    }

    /**
     * The interval method for proportions: {@link IntervalMethod#WILSON} (the default),
     * {@link IntervalMethod#WILSON_CC} or {@link IntervalMethod#CLOPPER_PEARSON}.
     */
    public Indicators proportionIntervals(IntervalMethod method) {
        return with(settings.withProportionIntervals(Objects.requireNonNull(method, "method")));
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
        return with(settings.withSuppressBelow(threshold));
    }

    /**
     * Only this unit and its descendants, by code or by name ({@code "330102"} or {@code "白兴区"}).
     *
     * @throws IllegalArgumentException when no unit has the code or name (suggesting the nearest),
     *     or several units have the name (listing their codes)
     */
    public Indicators unit(String codeOrName) {
        return with(settings.withUnit(Units.code(tree(), codeOrName)));
    }

    /**
     * The code of the unit with this code or, failing that, this name: {@code unitCode("白兴区")}
     * is {@code "330102"} in the sample.
     *
     * @throws IllegalArgumentException when no unit has the code or name (suggesting the nearest),
     *     or several units have the name (listing their codes)
     */
    public String unitCode(String codeOrName) {
        return Units.code(tree(), codeOrName);
    }

    /** Only the units at this level (within {@link #unit}'s subtree if one is set). */
    public Indicators level(Level level) {
        return with(settings.withLevel(level));
    }

    /**
     * Only these groups, in text form ({@code all}, {@code criminal}, {@code category:theft},
     * {@code type:family}); by default every group, category and type that applies.
     */
    public Indicators groups(String... groups) {
        return groups(Arrays.stream(groups).map(Group::parse).toList());
    }

    /** Only these groups, e.g. {@code groups(Group.ALL, Group.criminal())}. */
    public Indicators groups(Group... groups) {
        return groups(Arrays.asList(groups));
    }

    /** Only these groups. */
    public Indicators groups(Collection<Group> groups) {
        return with(settings.withGroups(Set.copyOf(Objects.requireNonNull(groups, "groups"))));
    }

    /** Whether to flag units outside the funnel-plot limits around their parent (on by default). */
    public Indicators funnelFlags(boolean on) {
        return with(settings.withFunnelFlags(on));
    }

    /**
     * How a proportion's funnel limits are drawn and its flags decided: {@code EXACT} binomial
     * tails by default, or {@code SCORE} to match PHE's Fingertips exactly ({@link FunnelLimits}).
     */
    public Indicators funnelLimits(FunnelLimits limits) {
        return with(settings.withFunnelLimits(limits));
    }

    /** The number of threads the aggregation may use; all processors by default. */
    public Indicators threads(int threads) {
        return with(settings.withThreads(threads));
    }

    /**
     * The baseline period the comparison resolves to, if any.
     *
     * @throws IllegalStateException when no period is set
     */
    public Optional<Period> baseline() {
        settings.requirePeriod();
        return settings.baseline();
    }

    /** Computes every indicator: the same as {@link #computeAll()}. */
    public Results compute() {
        return computeAll();
    }

    /** Computes the named indicators (every indicator when none is named). */
    public Results compute(String... ids) {
        Objects.requireNonNull(ids, "ids");
        return compute(Arrays.stream(ids).map(id -> Indicator.of(Objects.requireNonNull(id, "an indicator id")))
                .toList());
    }

    /** Computes these indicators (every indicator when none is named). */
    public Results compute(Indicator... indicators) {
        Objects.requireNonNull(indicators, "indicators");
        return compute(Arrays.asList(indicators));
    }

    /** Computes these indicators (every indicator when the collection is empty). */
    public Results compute(Collection<Indicator> indicators) {
        return compute(indicators, true);
    }

    /** As {@link #compute(Collection)}; without the funnel shortcut only in the test that proves it changes nothing. */
    Results compute(Collection<Indicator> indicators, boolean funnelShortcut) {
        Objects.requireNonNull(indicators, "indicators");
        indicators.forEach(i -> Objects.requireNonNull(i, "an indicator"));
        List<Indicator> list = indicators.isEmpty()
                ? Arrays.asList(Indicator.values())
                : new ArrayList<>(new LinkedHashSet<>(indicators));
        return data != null ? Catalogue.compute(data, settings, list, funnelShortcut, true)
                : Catalogue.compute(cubes, settings, list, funnelShortcut, true);
    }

    /** Computes the whole catalogue. */
    public Results computeAll() {
        return compute(Arrays.asList(Indicator.values()));
    }

    /**
     * The series of an indicator for one unit (by code or name) and group over a span, period by
     * period, each with the same period a year earlier: e.g. the months of
     * {@code Period.parse("2022-01-01..2024-06-30")} with {@link Granularity#MONTH}. The settings'
     * period, comparison, unit, level and groups do not apply; their statistics, suppression and
     * threads do.
     *
     * @throws IllegalArgumentException for an unknown unit, a group the indicator does not have,
     *     or a span holding no period of the granularity
     */
    public Series series(Indicator indicator, String unit, Group group, Period span, Granularity granularity) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(granularity, "granularity");
        int u = tree().indexOf(Units.code(tree(), unit));
        return SeriesQuery.of(tree(), taxonomy(), periods -> figures(periods, indicator), settings, indicator,
                new int[] {u}, group, span, granularity).get(0);
    }

    /**
     * The series of an indicator and group for every unit these settings report ({@link #unit}'s
     * subtree and {@link #level}, by level from the top, then by code), from one aggregation: e.g.
     * the yearly counts of every village, to find the villages with none for three years.
     */
    public List<Series> seriesByUnit(Indicator indicator, Group group, Period span, Granularity granularity) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(granularity, "granularity");
        return SeriesQuery.of(tree(), taxonomy(), periods -> figures(periods, indicator), settings, indicator,
                Catalogue.scope(tree(), settings), group, span, granularity);
    }

    /**
     * The crime clock of a unit (by code or name, with its subtree), an incident group and a
     * period: the incidents by day of the week and hour of the day they occurred, and how many
     * had no time ({@link CrimeClock}). Read from the incidents' time column, not the cube, so it
     * is not a row of {@link #compute}; the settings do not apply.
     *
     * @throws IllegalArgumentException for an unknown unit or a group that is not an incident group
     */
    public CrimeClock crimeClock(String unit, Group group, Period period) {
        Objects.requireNonNull(period, "period");
        String code = Units.code(tree(), Objects.requireNonNull(unit, "unit"));
        long[] cells = IncidentTimes.clock(records("the crime clock").incidents(), tree(), tree().indexOf(code),
                period.startEpochDay(), period.endEpochDay(), categoryMask(group));
        long[][] counts = new long[7][24];
        for (int d = 0; d < 7; d++) {
            System.arraycopy(cells, d * 24, counts[d], 0, 24);
        }
        return CrimeClock.of(code, group, period, counts, cells[IncidentTimes.CELLS]);
    }

    /**
     * The median reporting delay, in minutes, of a unit (by code or name, with its subtree), an
     * incident group and a period (by the day incidents occurred), over the incidents whose
     * occurrence and report both carry a time; with how many had a delay and how many had none
     * ({@link ReportingDelay}, which states the formula). The settings do not apply.
     *
     * @throws IllegalArgumentException for an unknown unit or a group that is not an incident group
     */
    public ReportingDelay medianReportingDelay(String unit, Group group, Period period) {
        Objects.requireNonNull(period, "period");
        String code = Units.code(tree(), Objects.requireNonNull(unit, "unit"));
        int[] delays = IncidentTimes.delays(records("the reporting delay").incidents(), tree(), tree().indexOf(code),
                period.startEpochDay(), period.endEpochDay(), categoryMask(group));
        int n = delays.length - 1;
        return ReportingDelay.of(code, group, period, delays, n, delays[n]);
    }

    /**
     * The figures of one indicator over these periods: aggregated from the records (the incident
     * measures it reads only), or read from the cubes.
     */
    private Computation figures(List<Period> periods, Indicator indicator) {
        return data != null ? Computation.aggregate(data, periods, indicator, settings.threads())
                : Computation.of(cubes, periods, EnumSet.of(indicator.source()));
    }

    /** The categories of an incident group: null for all. */
    private boolean[] categoryMask(Group group) {
        Objects.requireNonNull(group, "group");
        Selector s = Selector.All.of(taxonomy()).find(Indicator.INCIDENTS_COUNT, group);
        if (s.mask() != null) {
            return s.mask();
        }
        if (s.index() >= 0) {
            boolean[] mask = new boolean[taxonomy().size()];
            mask[s.index()] = true;
            return mask;
        }
        return null;
    }

    /** {@code Indicators[557 units, period 2024, comparison YEAR_ON_YEAR with 2023]}. */
    @Override
    public String toString() {
        return "Indicators[" + tree().size() + " units, period "
                + settings.period().map(Period::toString).orElse("unset") + ", comparison " + settings.comparison()
                + (settings.period().isPresent() ? settings.baseline().map(b -> " with " + b).orElse("") : "") + "]";
    }
}
