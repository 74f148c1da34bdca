package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;
import static org.communitysafety.indicators.Indicator.Statistic;
import static org.communitysafety.indicators.Indicator.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DayDistribution;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.communitysafety.indicators.stats.PercentChange;
import org.communitysafety.indicators.stats.PoissonIntervals;
import org.communitysafety.indicators.stats.Proportions;
import org.communitysafety.indicators.stats.TestResult;
import org.communitysafety.indicators.stats.Tests;

/**
 * One run of {@link Indicators#compute}: aggregates each record kind once for the period and its
 * baseline, rolls the cubes up, and derives every row from them. Not thread-safe; used once.
 */
final class Computation {

    /** Below this a count or a denominator is flagged {@link Flag#SMALL_COUNT}. */
    static final long SMALL = 10;

    private static final int P = 0;
    private static final int B = 1;

    /** A group resolved against the data: a mask over categories or types, or one index, or all. */
    record Selector(Group group, boolean[] mask, int index, int ordinal) {}

    /**
     * One figure of one unit and period. {@code exact} is the exact long behind a count or an
     * amount (in fen); {@code num}/{@code den} the counts of a ratio (−1 where there are none);
     * {@code base} the record count the small-count rule looks at (−1: none).
     */
    private record Obs(boolean defined, Flag why, double value, long exact, long num, long den, long base) {
        static Obs count(long x) {
            return new Obs(true, null, x, x, -1, -1, x);
        }

        static Obs ratio(long num, long den, double scale, Flag whyUndefined, long base) {
            if (den <= 0) {
                return new Obs(false, whyUndefined, 0, -1, num, den, base);
            }
            return new Obs(true, null, num * scale / den, -1, num, den, base);
        }
    }

    private final Indicators cfg;
    private final Period period;
    private final Optional<Period> baseline;
    private final JurisdictionTree tree;
    private final Taxonomy taxonomy;
    private final long[] lengths;
    private final long[][] pops;
    private Cube<IncidentMeasure> incidents;
    private Cube<DisputeMeasure> disputes;
    private Cube<OutreachMeasure> outreach;
    /** [selector ordinal][period][unit]: leaves with no incident, and the chance expectation. */
    private long[][][] zeroLeaves;
    private double[][][] expectedZero;
    private int[] leafCount;

    Computation(Indicators cfg, Period period, Optional<Period> baseline) {
        this.cfg = cfg;
        this.period = period;
        this.baseline = baseline;
        this.tree = cfg.data.tree();
        this.taxonomy = cfg.data.taxonomy();
        baseline.ifPresent(b -> Check.argument(!b.equals(period),
                "the baseline %s is the period itself; compare with another period", b));
        int n = baseline.isPresent() ? 2 : 1;
        this.lengths = new long[n];
        this.pops = new long[n][];
        for (int p = 0; p < n; p++) {
            Period q = p == P ? period : baseline.orElseThrow();
            lengths[p] = q.lengthInDays();
            pops[p] = cfg.data.populations().resolve(tree, q.start().getYear());
        }
    }

    Results run(List<Indicator> indicators) {
        PeriodIndex index = baseline.isPresent() ? PeriodIndex.of(period, baseline.get()) : PeriodIndex.of(period);
        Set<Source> sources = EnumSet.noneOf(Source.class);
        indicators.forEach(i -> sources.add(i.source()));
        List<Selector> taxonomySelectors = taxonomySelectors();
        List<Selector> disputeSelectors = typeSelectors(DisputeType.values());
        List<Selector> outreachSelectors = typeSelectors(OutreachType.values());
        checkGroups(taxonomySelectors, disputeSelectors, outreachSelectors);
        if (sources.contains(Source.INCIDENTS) || sources.contains(Source.UNITS)) {
            incidents = IncidentAggregation.aggregate(cfg.data.incidents(), index, cfg.threads).rollUp(tree);
        }
        if (sources.contains(Source.DISPUTES)) {
            disputes = RecordAggregation.aggregate(cfg.data.disputes(), index, cfg.threads).rollUp(tree);
        }
        if (sources.contains(Source.OUTREACH)) {
            outreach = RecordAggregation.aggregate(cfg.data.outreach(), index, cfg.threads).rollUp(tree);
        }
        int[] scope = scope();
        if (sources.contains(Source.UNITS)) {
            zeroShares(taxonomySelectors, scope);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Selector> selectors = switch (indicator.source()) {
                case INCIDENTS, UNITS -> taxonomySelectors;
                case DISPUTES -> disputeSelectors;
                case OUTREACH -> outreachSelectors;
            };
            List<Selector> chosen = selectors.stream()
                    .filter(s -> !indicator.isUngrouped() || s.group().isAll())
                    .filter(s -> cfg.groups.map(g -> g.contains(s.group())).orElse(true))
                    .toList();
            // rows of different units are independent: build them in parallel, keep the order
            IntStream units = java.util.Arrays.stream(scope);
            if (cfg.threads > 1 && scope.length > 64) {
                units = units.parallel();
            }
            List<List<IndicatorRow>> perUnit = units.mapToObj(u -> {
                List<IndicatorRow> list = new ArrayList<>(chosen.size());
                for (Selector s : chosen) {
                    list.add(row(indicator, u, s));
                }
                return list;
            }).toList();
            perUnit.forEach(rows::addAll);
        }
        return Results.of(period, baseline, rows);
    }

    // ---- groups and scope ----

    private List<Selector> taxonomySelectors() {
        List<Selector> list = new ArrayList<>();
        list.add(new Selector(Group.ALL, null, -1, 0));
        for (String g : taxonomy.groups()) {
            list.add(new Selector(Group.group(g), taxonomy.groupMask(g), -1, list.size()));
        }
        for (int c = 0; c < taxonomy.size(); c++) {
            list.add(new Selector(Group.category(taxonomy.category(c).code()), null, c, list.size()));
        }
        return List.copyOf(list);
    }

    private static List<Selector> typeSelectors(Enum<?>[] types) {
        List<Selector> list = new ArrayList<>();
        list.add(new Selector(Group.ALL, null, -1, 0));
        for (Enum<?> t : types) {
            list.add(new Selector(Group.type(((org.communitysafety.core.record.Coded) t).code()), null, t.ordinal(),
                    list.size()));
        }
        return List.copyOf(list);
    }

    private void checkGroups(List<Selector> a, List<Selector> b, List<Selector> c) {
        if (cfg.groups.isEmpty()) {
            return;
        }
        Set<Group> known = new TreeSet<>();
        for (List<Selector> l : List.of(a, b, c)) {
            l.forEach(s -> known.add(s.group()));
        }
        for (Group g : cfg.groups.get()) {
            if (!known.contains(g)) {
                List<String> names = known.stream().map(Group::toString).toList();
                throw new IllegalArgumentException("unknown group '" + g + "'"
                        + org.communitysafety.core.lang.Suggest.didYouMean(g.toString(), names)
                        + " (groups: " + String.join(", ", names) + ")");
            }
        }
    }

    /** The units to report, by level from the top, then by code. */
    private int[] scope() {
        IntStream units = cfg.unit.isPresent()
                ? tree.subtree(tree.indexOf(cfg.unit.get()))
                : IntStream.range(0, tree.size());
        if (cfg.level.isPresent()) {
            units = units.filter(u -> tree.unit(u).level() == cfg.level.get());
        }
        return units.boxed()
                .sorted(Comparator.<Integer>comparingInt(tree::depth).thenComparing(u -> tree.unit(u).code()))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    // ---- zero-incident shares ----

    private void zeroShares(List<Selector> selectors, int[] scope) {
        int units = tree.size();
        int periods = pops.length;
        leafCount = new int[units];
        int[] parents = tree.parents();
        for (int u = 0; u < units; u++) {
            if (tree.isLeaf(u)) {
                leafCount[u]++;
            }
            if (parents[u] >= 0) {
                leafCount[parents[u]] += leafCount[u];
            }
        }
        zeroLeaves = new long[selectors.size()][periods][];
        expectedZero = new double[selectors.size()][periods][];
        for (Selector s : selectors) {
            for (int p = 0; p < periods; p++) {
                long[] count = new long[units];
                long[] zero = new long[units];
                for (int u = 0; u < units; u++) {
                    count[u] = incident(IncidentMeasure.COUNT, u, p, s);
                    if (tree.isLeaf(u) && count[u] == 0) {
                        zero[u]++;
                    }
                    if (parents[u] >= 0) {
                        zero[parents[u]] += zero[u];
                    }
                }
                double[] expected = new double[units];
                java.util.Arrays.fill(expected, Double.NaN);
                long[] pop = pops[p];
                for (int u : scope) {
                    expected[u] = expectedZeroShare(u, count[u], pop);
                }
                zeroLeaves[s.ordinal()][p] = zero;
                expectedZero[s.ordinal()][p] = expected;
            }
        }
    }

    /** (1/n) Σ e^(−pop(v) × count(U)/pop(U)) over the n leaves v of U; NaN when a population is unknown. */
    private double expectedZeroShare(int u, long count, long[] pop) {
        if (pop[u] <= 0) {
            return Double.NaN;
        }
        double rate = (double) count / pop[u];
        double sum = 0;
        for (int v = tree.subtreeStart(u); v <= u; v++) {
            if (tree.isLeaf(v)) {
                if (pop[v] < 0) {
                    return Double.NaN;
                }
                sum += Math.exp(-pop[v] * rate);
            }
        }
        return sum / leafCount[u];
    }

    // ---- figures ----

    private long incident(IncidentMeasure m, int u, int p, Selector s) {
        if (s.index() >= 0) {
            return incidents.get(m, u, p, s.index());
        }
        return s.mask() != null ? incidents.sum(m, u, p, s.mask()) : incidents.total(m, u, p);
    }

    private long dispute(DisputeMeasure m, int u, int p, Selector s) {
        return s.index() >= 0 ? disputes.get(m, u, p, s.index()) : disputes.total(m, u, p);
    }

    private long outreach(OutreachMeasure m, int u, int p, Selector s) {
        return s.index() >= 0 ? outreach.get(m, u, p, s.index()) : outreach.total(m, u, p);
    }

    private Obs observe(Indicator indicator, int u, int p, Selector s) {
        long pop = pops[p][u];
        return switch (indicator) {
            case INCIDENTS_COUNT -> Obs.count(incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RATE_PER_10K -> {
                long x = incident(IncidentMeasure.COUNT, u, p, s);
                yield Obs.ratio(x, pop, 10_000, Flag.NO_POPULATION, x);
            }
            case INCIDENTS_CLEARANCE_RATE -> proportion(incident(IncidentMeasure.CLEARED, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_CLEARANCES_IN_PERIOD_RATE -> proportion(incident(IncidentMeasure.CLEARANCES, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_REPEAT_CALL_RATE -> proportion(incident(IncidentMeasure.REPEAT_CALLS, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_MEDIAN_DAYS_TO_CLEAR -> median(incidents.distribution(u, p));
            case INCIDENTS_LOSS -> amount(incident(IncidentMeasure.LOSS_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RECOVERED -> amount(incident(IncidentMeasure.RECOVERED_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case UNITS_ZERO_INCIDENT_SHARE -> proportion(zeroLeaves[s.ordinal()][p][u], leafCount[u]);
            case UNITS_EXPECTED_ZERO_SHARE -> {
                double e = expectedZero[s.ordinal()][p][u];
                yield Double.isNaN(e)
                        ? new Obs(false, Flag.NO_POPULATION, 0, -1, -1, -1, leafCount[u])
                        : new Obs(true, null, e, -1, -1, -1, leafCount[u]);
            }
            case DISPUTES_COUNT -> Obs.count(dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_RESOLUTION_RATE -> proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_SUCCESS_RATE -> proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s));
            case DISPUTES_CONCLUSION_RATE -> proportion(dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_OPENING_BACKLOG -> Obs.count(dispute(DisputeMeasure.OPENING_BACKLOG, u, p, s));
            case DISPUTES_CONCLUDED -> Obs.count(dispute(DisputeMeasure.CONCLUDED, u, p, s));
            case DISPUTES_BACKLOG -> Obs.count(dispute(DisputeMeasure.CLOSING_BACKLOG, u, p, s));
            case DISPUTES_OLD_BACKLOG -> Obs.count(dispute(DisputeMeasure.OLD_BACKLOG, u, p, s));
            case DISPUTES_MEDIAN_DAYS_TO_CLOSE -> median(disputes.distribution(u, p));
            case DISPUTES_AMOUNT -> amount(dispute(DisputeMeasure.AMOUNT_FEN, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case OUTREACH_SESSIONS -> Obs.count(outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE -> sum(outreach(OutreachMeasure.AUDIENCE, u, p, s));
            case OUTREACH_HOUSEHOLDS -> sum(outreach(OutreachMeasure.HOUSEHOLDS, u, p, s));
            case OUTREACH_LEADS -> Obs.count(outreach(OutreachMeasure.LEADS, u, p, s));
            case OUTREACH_FRAUDS_STOPPED -> Obs.count(outreach(OutreachMeasure.FRAUDS_STOPPED, u, p, s));
            case OUTREACH_LOSS_AVOIDED -> amount(outreach(OutreachMeasure.LOSS_AVOIDED_FEN, u, p, s),
                    outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE_PER_CAPITA -> Obs.ratio(outreach(OutreachMeasure.AUDIENCE, u, p, s), pop, 1,
                    Flag.NO_POPULATION, -1);
            case OUTREACH_HAZARD_FIX_RATE -> proportion(outreach(OutreachMeasure.HAZARDS_FIXED, u, p, s),
                    outreach(OutreachMeasure.HAZARDS_FOUND, u, p, s));
        };
    }

    private static Obs proportion(long num, long den) {
        return Obs.ratio(num, den, 1, Flag.ZERO_DENOMINATOR, den);
    }

    private static Obs median(DayDistribution d) {
        OptionalDouble m = d.median();
        return m.isPresent()
                ? new Obs(true, null, m.getAsDouble(), -1, -1, -1, d.count())
                : new Obs(false, Flag.NO_RECORDS, 0, -1, -1, -1, 0);
    }

    /** An amount in fen, shown in yuan; the small-count rule looks at the records behind it. */
    private static Obs amount(long fen, long records) {
        return new Obs(true, null, fen / 100.0, fen, -1, -1, records);
    }

    /** A sum of sizes (audience, households): exact, no small-count rule. */
    private static Obs sum(long x) {
        return new Obs(true, null, x, x, -1, -1, -1);
    }

    // ---- rows ----

    private IndicatorRow row(Indicator indicator, int u, Selector s) {
        Obs cur = observe(indicator, u, P, s);
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (!cur.defined()) {
            flags.add(cur.why());
        }
        if (isSmall(indicator, cur)) {
            flags.add(Flag.SMALL_COUNT);
        }
        Optional<Change> change = Optional.empty();
        if (baseline.isPresent()) {
            change = Optional.of(change(indicator, cur, observe(indicator, u, B, s), flags));
        }
        if (cfg.funnel && cur.defined()) {
            funnel(indicator, u, s, cur, flags);
        }
        Jurisdiction unit = tree.unit(u);
        boolean ratio = indicator.isRatio() && cur.num() >= 0;
        if (isSuppressed(indicator, cur)) {
            flags.add(Flag.SUPPRESSED);
            return new IndicatorRow(indicator, unit.code(), unit.name(), unit.level(), period, s.group(),
                    OptionalDouble.empty(), OptionalLong.empty(),
                    ratio && indicator.unit() != Unit.PROPORTION ? OptionalLong.of(cur.den()) : OptionalLong.empty(),
                    Optional.empty(), change.map(c -> Change.withheld(c.baselinePeriod())), flags);
        }
        return new IndicatorRow(indicator, unit.code(), unit.name(), unit.level(), period, s.group(),
                cur.defined() ? OptionalDouble.of(cur.value()) : OptionalDouble.empty(),
                ratio ? OptionalLong.of(cur.num()) : OptionalLong.empty(),
                ratio ? OptionalLong.of(cur.den()) : OptionalLong.empty(),
                cur.defined() ? interval(indicator, cur) : Optional.empty(),
                change, flags);
    }

    private static boolean isSmall(Indicator indicator, Obs o) {
        return o.base() >= 0 && o.base() < SMALL;
    }

    private boolean isSuppressed(Indicator indicator, Obs o) {
        long k = cfg.suppressBelow;
        if (k == 0) {
            return false;
        }
        boolean base = o.base() > 0 && o.base() < k;
        boolean num = indicator.unit() == Unit.PROPORTION && o.num() > 0 && o.num() < k;
        return base || num;
    }

    private Optional<Interval> interval(Indicator indicator, Obs o) {
        return switch (indicator.statistic()) {
            case POISSON_COUNT -> Optional.of(garwood(o.exact()));
            case POISSON_RATE -> PoissonIntervals.rate(IntervalMethod.GARWOOD, o.num(), o.den(), 10_000,
                    cfg.confidence);
            case PROPORTION -> Proportions.interval(cfg.proportionMethod, o.num(), o.den(), cfg.confidence);
            case NONE -> Optional.empty();
        };
    }

    private Change change(Indicator indicator, Obs cur, Obs base, EnumSet<Flag> flags) {
        Period b = baseline.orElseThrow();
        if (isSuppressed(indicator, base)) {
            flags.add(Flag.BASELINE_SUPPRESSED);
            return Change.withheld(b);
        }
        if (isSmall(indicator, base)) {
            flags.add(Flag.BASELINE_SMALL_COUNT);
        }
        boolean ratio = indicator.isRatio() && base.num() >= 0;
        OptionalLong bNum = ratio ? OptionalLong.of(base.num()) : OptionalLong.empty();
        OptionalLong bDen = ratio ? OptionalLong.of(base.den()) : OptionalLong.empty();
        if (!base.defined()) {
            flags.add(Flag.BASELINE_UNDEFINED);
            return new Change(b, OptionalDouble.empty(), bNum, bDen, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), false);
        }
        double v0 = base.value();
        OptionalDouble absolute = OptionalDouble.empty();
        OptionalDouble percent = OptionalDouble.empty();
        OptionalDouble points = OptionalDouble.empty();
        if (v0 == 0) {
            flags.add(Flag.BASELINE_ZERO);
        }
        if (cur.defined()) {
            absolute = OptionalDouble.of(cur.value() - v0);
            if (v0 != 0) {
                percent = percent(cur, base);
            }
            if (indicator.unit() == Unit.PROPORTION) {
                points = OptionalDouble.of(100 * (cur.value() - v0));
            }
        }
        OptionalDouble p = cur.defined() ? pValue(indicator, cur, base) : OptionalDouble.empty();
        boolean significant = p.isPresent() && p.getAsDouble() < cfg.alpha;
        return new Change(b, OptionalDouble.of(v0), bNum, bDen, absolute, percent, points, p, significant);
    }

    // ---- memoised statistics of small counts ----
    // Most units' counts are small and repeat (a village has 0, 1, 2 … incidents of a category),
    // and a count's interval and a count change's test depend on the counts alone (the exposures
    // are the periods' lengths, the same for every row), so they are computed once per count.
    // The caches are exact, confined to this computation, and filled racily but safely: every
    // thread that fills a slot stores the same immutable value.

    private static final int CACHED = 1024;
    private final Interval[] garwoodCache = new Interval[CACHED];
    private final Optional<?>[][] testCache = new Optional<?>[128][128];

    private Interval garwood(long x) {
        if (x >= CACHED) {
            return PoissonIntervals.garwood(x, cfg.confidence);
        }
        Interval i = garwoodCache[(int) x];
        if (i == null) {
            i = PoissonIntervals.garwood(x, cfg.confidence);
            garwoodCache[(int) x] = i;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private Optional<TestResult> countTest(long x1, long x0) {
        if (x1 >= testCache.length || x0 >= testCache.length) {
            return Tests.poissonRatio(x1, lengths[P], x0, lengths[B], cfg.confidence);
        }
        Optional<TestResult> t = (Optional<TestResult>) testCache[(int) x1][(int) x0];
        if (t == null) {
            t = Tests.poissonRatio(x1, lengths[P], x0, lengths[B], cfg.confidence);
            testCache[(int) x1][(int) x0] = t;
        }
        return t;
    }

    /** (v₁ − v₀)/v₀ × 100, from the exact counts where there are counts. */
    private static OptionalDouble percent(Obs cur, Obs base) {
        if (cur.exact() >= 0 && base.exact() >= 0) {
            return PercentChange.percent(cur.exact(), base.exact());
        }
        if (cur.num() >= 0 && base.num() >= 0) {
            return PercentChange.percentOfRatios(cur.num(), cur.den(), base.num(), base.den());
        }
        return OptionalDouble.of((cur.value() - base.value()) / base.value() * 100);
    }

    private OptionalDouble pValue(Indicator indicator, Obs cur, Obs base) {
        Optional<TestResult> test = switch (indicator.statistic()) {
            case POISSON_COUNT -> countTest(cur.exact(), base.exact());
            case POISSON_RATE -> Tests.poissonRatio(cur.num(), (double) cur.den() * lengths[P], base.num(),
                    (double) base.den() * lengths[B], cfg.confidence);
            case PROPORTION -> Tests.twoProportions(cur.num(), cur.den(), base.num(), base.den(), cfg.confidence);
            case NONE -> Optional.empty();
        };
        return test.map(t -> OptionalDouble.of(t.pValue())).orElse(OptionalDouble.empty());
    }

    // ---- funnel plots ----

    /** Whether {@link #funnel} skips the exact limits (tests switch it off to prove it changes nothing). */
    static volatile boolean prefilter = true;

    /**
     * Whether a value lies so close to the target that no exact 95% limit can exclude it: within
     * half the normal-approximation half-width z₀.₉₇₅ × √(v/n) of the target, where v = p(1 − p)
     * for a proportion and v = rate for a Poisson rate. The exact limits (quantiles of the
     * binomial or Poisson distribution) lie outside that band — the distance from the centre of a
     * discrete distribution to its 2.5% quantile is never below half the normal one — so the
     * expensive quantile search is only done for the units near or beyond the limits. Tested: the
     * flags with and without this shortcut are identical on the sample.
     */
    private static boolean clearlyInside(Statistic stat, double value, double target, long n) {
        if (!prefilter) {
            return false;
        }
        double variance = stat == Statistic.PROPORTION ? target * (1 - target) : target;
        double halfWidth = 1.959963984540054 * Math.sqrt(variance / n);
        return Math.abs(value - target) < 0.5 * halfWidth;
    }

    private static final double[] FUNNEL_LEVELS = {0.95, 0.998};

    /**
     * Flags a unit whose count lies outside the funnel-plot control limits around its parent's
     * value at the unit's own denominator: a proportion against the parent's proportion, a rate
     * per population against the parent's rate, decided by the exact tail probability
     * ({@link FunnelRule}).
     */
    private void funnel(Indicator indicator, int u, Selector s, Obs cur, EnumSet<Flag> flags) {
        Statistic stat = indicator.statistic();
        if (!(stat == Statistic.POISSON_RATE || stat == Statistic.PROPORTION) || indicator.source() == Source.UNITS) {
            return;
        }
        int parent = tree.parent(u);
        if (parent < 0 || cur.den() <= 0) {
            return;
        }
        Obs whole = observe(indicator, parent, P, s);
        if (!whole.defined() || whole.num() <= 0 || whole.den() <= 0) {
            return;
        }
        double target = (double) whole.num() / whole.den();
        double value = (double) cur.num() / cur.den();
        if (stat == Statistic.PROPORTION && target >= 1) {
            return;
        }
        if (clearlyInside(stat, value, target, cur.den())) {
            return;
        }
        FunnelRule.Position position = stat == Statistic.PROPORTION
                ? FunnelRule.proportion(cur.num(), cur.den(), target)
                : FunnelRule.rate(cur.num(), cur.den(), target);
        Flag high = switch (position) {
            case ABOVE_998 -> Flag.ABOVE_998;
            case ABOVE_95 -> Flag.ABOVE_95;
            default -> null;
        };
        Flag low = switch (position) {
            case BELOW_998 -> Flag.BELOW_998;
            case BELOW_95 -> Flag.BELOW_95;
            default -> null;
        };
        if (high != null) {
            flags.add(high);
        }
        if (low != null) {
            flags.add(low);
        }
    }

}
