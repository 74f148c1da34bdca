package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Unit;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.PercentChange;

/**
 * Turns the observations of one period (and its baseline) into result rows: the interval, the
 * change and its test, the small-count, suppression and funnel-plot flags. Confined to one
 * thread, like its {@link StatisticsMemo}: each thread that builds rows has its own.
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
    private final StatisticsMemo memo;

    /**
     * Rows of period {@code p} compared with period {@code b} (−1: no comparison); funnel flags
     * when the settings ask for them, with or without the shortcut ({@link FunnelFlags}); the
     * statistics from {@code memo}, which must have been made for the same settings.
     */
    RowBuilder(Computation figures, IndicatorSettings settings, int p, int b, boolean funnelShortcut,
            StatisticsMemo memo) {
        this.figures = figures;
        this.settings = settings;
        this.p = p;
        this.b = b;
        this.funnel = new FunnelFlags(figures, p, funnelShortcut, settings.funnelLimits());
        this.memo = memo;
    }

    /** The row of an indicator for unit u and group s. */
    IndicatorRow row(Indicator indicator, int u, Selector s) {
        Observation cur = figures.observe(indicator, u, p, s);
        Period period = figures.period(p);
        int flags = 0;
        if (!cur.defined()) {
            flags |= cur.why().bit();
        }
        if (isSmall(cur)) {
            flags |= Flag.SMALL_COUNT.bit();
        }
        Optional<Change> change = Optional.empty();
        if (b >= 0) {
            Observation base = figures.observe(indicator, u, b, s);
            change = change(indicator, cur, base);
            flags |= changeFlags;
        }
        if (settings.funnelFlags() && cur.defined()) {
            flags |= funnel.flag(indicator, u, s, cur);
        }
        Jurisdiction unit = figures.tree().unit(u);
        boolean ratio = indicator.isRatio() && cur.num() >= 0;
        if (isSuppressed(indicator, cur)) {
            flags |= Flag.SUPPRESSED.bit();
            return new IndicatorRow(indicator, unit.code(), unit.name(), unit.level(), period, s.group(),
                    OptionalDouble.empty(), OptionalLong.empty(),
                    ratio && indicator.unit() != Unit.PROPORTION ? Optionals.of(cur.den()) : OptionalLong.empty(),
                    Optional.empty(), change.map(c -> Change.withheld(c.baselinePeriod())), Flag.setOf(flags));
        }
        return new IndicatorRow(indicator, unit.code(), unit.name(), unit.level(), period, s.group(),
                cur.defined() ? Optionals.of(cur.value()) : OptionalDouble.empty(),
                ratio ? Optionals.of(cur.num()) : OptionalLong.empty(),
                ratio ? Optionals.of(cur.den()) : OptionalLong.empty(),
                cur.defined() ? interval(indicator, cur) : Optional.empty(),
                change, Flag.setOf(flags));
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
            case POISSON_COUNT -> memo.garwoodOptional(o.exact());
            case POISSON_RATE -> memo.ratePer10k(o.num(), o.den());
            case PROPORTION -> memo.proportion(o.num(), o.den());
            case NONE -> Optional.empty();
        };
    }

    /**
     * The change from the baseline, its flags left in {@link #changeFlags}. A count's change
     * depends on the two counts alone and a proportion's on its four counts, so those are
     * computed once per distinct counts and indicator (with the flags they add) and the rows
     * share them.
     */
    private Optional<Change> change(Indicator indicator, Observation cur, Observation base) {
        PairKeyMap<Memoised> known;
        long a;
        long c;
        if (!memo.keeps()) {
            known = null;
            a = 0;
            c = 0;
        } else if (cur.isCount() && base.isCount()) {
            known = changes(countChanges, indicator);
            a = cur.exact();
            c = base.exact();
        } else if (cur.isProportion() && base.isProportion() && (cur.num() | cur.den() | base.num() | base.den()) < 1L << 31) {
            known = changes(proportionChanges, indicator);
            a = cur.num() << 32 | cur.den();
            c = base.num() << 32 | base.den();
        } else {
            known = null;
            a = 0;
            c = 0;
        }
        if (known == null) {
            Optional<Change> change = computeChange(indicator, cur, base);
            changeFlags = addedFlags;
            return change;
        }
        Memoised m = known.get(a, c);
        if (m == null) {
            m = known.put(a, c, new Memoised(computeChange(indicator, cur, base), addedFlags));
        }
        changeFlags = m.flags();
        return m.change();
    }

    /** The flags that the last {@link #change} adds to its row ({@link Flag#bit()}s). */
    private int changeFlags;
    /** The flags that the last {@link #computeChange} found. */
    private int addedFlags;

    /** A change and the flags it adds to its row ({@link Flag#bit()}s). */
    private record Memoised(Optional<Change> change, int flags) {}

    /** Per indicator (by ordinal): the changes of counts, and of proportions, met so far. */
    private final PairKeyMap<?>[] countChanges = new PairKeyMap<?>[Indicator.values().length];
    private final PairKeyMap<?>[] proportionChanges = new PairKeyMap<?>[Indicator.values().length];

    @SuppressWarnings("unchecked")
    private static PairKeyMap<Memoised> changes(PairKeyMap<?>[] byIndicator, Indicator indicator) {
        PairKeyMap<?> m = byIndicator[indicator.ordinal()];
        if (m == null) {
            m = new PairKeyMap<Memoised>();
            byIndicator[indicator.ordinal()] = m;
        }
        return (PairKeyMap<Memoised>) m;
    }

    /** The change from the baseline, the flags it adds left in {@link #addedFlags}. */
    private Optional<Change> computeChange(Indicator indicator, Observation cur, Observation base) {
        Period baseline = figures.period(b);
        int flags = 0;
        if (isSuppressed(indicator, base)) {
            addedFlags = Flag.BASELINE_SUPPRESSED.bit();
            return Optional.of(Change.withheld(baseline));
        }
        if (isSmall(base)) {
            flags |= Flag.BASELINE_SMALL_COUNT.bit();
        }
        boolean ratio = indicator.isRatio() && base.num() >= 0;
        OptionalLong bNum = ratio ? Optionals.of(base.num()) : OptionalLong.empty();
        OptionalLong bDen = ratio ? Optionals.of(base.den()) : OptionalLong.empty();
        if (!base.defined()) {
            addedFlags = flags | Flag.BASELINE_UNDEFINED.bit();
            return Optional.of(new Change(baseline, OptionalDouble.empty(), bNum, bDen, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false));
        }
        double v0 = base.value();
        OptionalDouble absolute = OptionalDouble.empty();
        OptionalDouble percent = OptionalDouble.empty();
        OptionalDouble points = OptionalDouble.empty();
        if (v0 == 0) {
            flags |= Flag.BASELINE_ZERO.bit();
        }
        if (cur.defined()) {
            absolute = Optionals.of(cur.value() - v0);
            if (v0 != 0) {
                percent = percent(cur, base);
            }
            if (indicator.unit() == Unit.PROPORTION) {
                points = Optionals.of(100 * (cur.value() - v0));
            }
        }
        OptionalDouble pValue = cur.defined() ? pValue(indicator, cur, base) : OptionalDouble.empty();
        boolean significant = pValue.isPresent() && pValue.getAsDouble() < settings.alpha();
        addedFlags = flags;
        return Optional.of(new Change(baseline, Optionals.of(v0), bNum, bDen, absolute, percent, points, pValue,
                significant));
    }

    /** (v₁ − v₀)/v₀ × 100, from the exact counts where there are counts. */
    private static OptionalDouble percent(Observation cur, Observation base) {
        if (cur.exact() >= 0 && base.exact() >= 0) {
            return PercentChange.percent(cur.exact(), base.exact());
        }
        if (cur.num() >= 0 && base.num() >= 0) {
            return PercentChange.percentOfRatios(cur.num(), cur.den(), base.num(), base.den());
        }
        return Optionals.of((cur.value() - base.value()) / base.value() * 100);
    }

    /** The p-value of the change's test: the same double as the test's, from the memo. */
    private OptionalDouble pValue(Indicator indicator, Observation cur, Observation base) {
        return switch (indicator.statistic()) {
            case POISSON_COUNT -> memo.countTest(cur.exact(), figures.length(p), base.exact(), figures.length(b));
            case POISSON_RATE -> memo.rateTest(cur.num(), cur.den(), figures.length(p), base.num(), base.den(),
                    figures.length(b));
            case PROPORTION -> memo.twoProportions(cur.num(), cur.den(), base.num(), base.den());
            case NONE -> OptionalDouble.empty();
        };
    }
}
