package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Unit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.communitysafety.indicators.stats.PercentChange;
import org.communitysafety.indicators.stats.PoissonIntervals;
import org.communitysafety.indicators.stats.Proportions;
import org.communitysafety.indicators.stats.TestResult;
import org.communitysafety.indicators.stats.Tests;

/**
 * Turns the observations of one period (and its baseline) into result rows: the interval, the
 * change and its test, the small-count, suppression and funnel-plot flags. Safe to share between
 * the threads that build the rows of different units.
 */
final class RowBuilder {

    /** Below this a count or a denominator is flagged {@link Flag#SMALL_COUNT}. */
    private static final long SMALL = 10;

    private final Computation figures;
    private final IndicatorSettings settings;
    private final int p;
    /** The baseline's period index, −1 for none. */
    private final int b;
    private final FunnelFlags funnel;

    /**
     * Rows of period {@code p} compared with period {@code b} (−1: no comparison); funnel flags
     * when the settings ask for them, with or without the shortcut ({@link FunnelFlags}).
     */
    RowBuilder(Computation figures, IndicatorSettings settings, int p, int b, boolean funnelShortcut) {
        this.figures = figures;
        this.settings = settings;
        this.p = p;
        this.b = b;
        this.funnel = new FunnelFlags(figures, p, funnelShortcut);
    }

    /** The row of an indicator for unit u and group s. */
    IndicatorRow row(Indicator indicator, int u, Selector s) {
        Observation cur = figures.observe(indicator, u, p, s);
        Period period = figures.period(p);
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (!cur.defined()) {
            flags.add(cur.why());
        }
        if (isSmall(cur)) {
            flags.add(Flag.SMALL_COUNT);
        }
        Optional<Change> change = Optional.empty();
        if (b >= 0) {
            change = Optional.of(change(indicator, cur, figures.observe(indicator, u, b, s), flags));
        }
        if (settings.funnelFlags() && cur.defined()) {
            funnel.flag(indicator, u, s, cur, flags);
        }
        Jurisdiction unit = figures.tree().unit(u);
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

    private static boolean isSmall(Observation o) {
        return o.base() >= 0 && o.base() < SMALL;
    }

    private boolean isSuppressed(Indicator indicator, Observation o) {
        long k = settings.suppressBelow();
        if (k == 0) {
            return false;
        }
        boolean base = o.base() > 0 && o.base() < k;
        boolean num = indicator.unit() == Unit.PROPORTION && o.num() > 0 && o.num() < k;
        return base || num;
    }

    private Optional<Interval> interval(Indicator indicator, Observation o) {
        return switch (indicator.statistic()) {
            case POISSON_COUNT -> Optional.of(garwood(o.exact()));
            case POISSON_RATE -> PoissonIntervals.rate(IntervalMethod.GARWOOD, o.num(), o.den(), 10_000,
                    settings.confidence());
            case PROPORTION -> Proportions.interval(settings.proportionIntervals(), o.num(), o.den(),
                    settings.confidence());
            case NONE -> Optional.empty();
        };
    }

    private Change change(Indicator indicator, Observation cur, Observation base, EnumSet<Flag> flags) {
        Period baseline = figures.period(b);
        if (isSuppressed(indicator, base)) {
            flags.add(Flag.BASELINE_SUPPRESSED);
            return Change.withheld(baseline);
        }
        if (isSmall(base)) {
            flags.add(Flag.BASELINE_SMALL_COUNT);
        }
        boolean ratio = indicator.isRatio() && base.num() >= 0;
        OptionalLong bNum = ratio ? OptionalLong.of(base.num()) : OptionalLong.empty();
        OptionalLong bDen = ratio ? OptionalLong.of(base.den()) : OptionalLong.empty();
        if (!base.defined()) {
            flags.add(Flag.BASELINE_UNDEFINED);
            return new Change(baseline, OptionalDouble.empty(), bNum, bDen, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false);
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
        OptionalDouble pValue = cur.defined() ? pValue(indicator, cur, base) : OptionalDouble.empty();
        boolean significant = pValue.isPresent() && pValue.getAsDouble() < settings.alpha();
        return new Change(baseline, OptionalDouble.of(v0), bNum, bDen, absolute, percent, points, pValue, significant);
    }

    /** (v₁ − v₀)/v₀ × 100, from the exact counts where there are counts. */
    private static OptionalDouble percent(Observation cur, Observation base) {
        if (cur.exact() >= 0 && base.exact() >= 0) {
            return PercentChange.percent(cur.exact(), base.exact());
        }
        if (cur.num() >= 0 && base.num() >= 0) {
            return PercentChange.percentOfRatios(cur.num(), cur.den(), base.num(), base.den());
        }
        return OptionalDouble.of((cur.value() - base.value()) / base.value() * 100);
    }

    private OptionalDouble pValue(Indicator indicator, Observation cur, Observation base) {
        Optional<TestResult> test = switch (indicator.statistic()) {
            case POISSON_COUNT -> countTest(cur.exact(), base.exact());
            case POISSON_RATE -> Tests.poissonRatio(cur.num(), (double) cur.den() * figures.length(p), base.num(),
                    (double) base.den() * figures.length(b), settings.confidence());
            case PROPORTION -> Tests.twoProportions(cur.num(), cur.den(), base.num(), base.den(),
                    settings.confidence());
            case NONE -> Optional.empty();
        };
        return test.map(t -> OptionalDouble.of(t.pValue())).orElse(OptionalDouble.empty());
    }

    // ---- memoised statistics of small counts ----
    // Most units' counts are small and repeat (a village has 0, 1, 2 … incidents of a category),
    // and a count's interval and a count change's test depend on the counts alone (the exposures
    // are the periods' lengths, the same for every row of this builder), so they are computed
    // once per count. The caches are exact, confined to this builder, and filled racily but
    // safely: every thread that fills a slot stores the same immutable value.

    private static final int CACHED = 1024;
    private final Interval[] garwoodCache = new Interval[CACHED];
    private final Optional<?>[][] testCache = new Optional<?>[128][];

    private Interval garwood(long x) {
        if (x >= CACHED) {
            return PoissonIntervals.garwood(x, settings.confidence());
        }
        Interval i = garwoodCache[(int) x];
        if (i == null) {
            i = PoissonIntervals.garwood(x, settings.confidence());
            garwoodCache[(int) x] = i;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private Optional<TestResult> countTest(long x1, long x0) {
        if (x1 >= testCache.length || x0 >= testCache.length) {
            return Tests.poissonRatio(x1, figures.length(p), x0, figures.length(b), settings.confidence());
        }
        Optional<?>[] line = testCache[(int) x1];
        if (line == null) {
            line = new Optional<?>[testCache.length];
            testCache[(int) x1] = line;
        }
        Optional<TestResult> t = (Optional<TestResult>) line[(int) x0];
        if (t == null) {
            t = Tests.poissonRatio(x1, figures.length(p), x0, figures.length(b), settings.confidence());
            line[(int) x0] = t;
        }
        return t;
    }
}
