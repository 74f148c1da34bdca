package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Unit;

import java.util.OptionalDouble;
import org.communitysafety.indicators.PackedRows.ChangeFigures;
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
    /** The figures of the row being built, in the period and the baseline: filled afresh for each row. */
    private final Observation current = new Observation();
    private final Observation baseline = new Observation();

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

    /** Sets row i of {@code out}: the row of an indicator for unit u and group s. */
    void row(Indicator indicator, int u, Selector s, PackedRows out, int i) {
        Observation cur = figures.observe(indicator, u, p, s, current);
        int flags = 0;
        if (!cur.defined()) {
            flags |= cur.why().bit();
        }
        if (isSmall(cur)) {
            flags |= Flag.SMALL_COUNT.bit();
        }
        ChangeFigures known = null;   // with a baseline: the change memoised, or null for the one just computed
        if (b >= 0) {
            Observation base = figures.observe(indicator, u, b, s, baseline);
            known = change(indicator, cur, base);
            flags |= changeFlags;
        }
        if (settings.funnelFlags() && cur.defined()) {
            flags |= funnel.flag(indicator, u, s, cur);
        }
        boolean ratio = indicator.isRatio() && cur.num() >= 0;
        if (isSuppressed(indicator, cur)) {
            flags |= Flag.SUPPRESSED.bit();
            int holds = ratio && indicator.unit() != Unit.PROPORTION ? PackedRows.DENOMINATOR : 0;
            out.set(i, indicator, u, s, flags, holds, 0, 0, cur.den(), null);
            if (b >= 0) {
                out.withheldChange(i);
            }
            return;
        }
        int holds = (cur.defined() ? PackedRows.VALUE : 0)
                | (ratio ? PackedRows.NUMERATOR | PackedRows.DENOMINATOR : 0);
        out.set(i, indicator, u, s, flags, holds, cur.value(), cur.num(), cur.den(),
                cur.defined() ? interval(indicator, cur) : null);
        if (known != null) {
            out.change(i, known);
        } else if (b >= 0) {
            out.change(i, changeHolds, changeBaselineValue, changeBaselineNumerator, changeBaselineDenominator,
                    changeAbsolute, changePercent, changePoints, changePValue);
        }
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

    /** The row's interval, null for none. */
    private Interval interval(Indicator indicator, Observation o) {
        return switch (indicator.statistic()) {
            case POISSON_COUNT -> memo.garwood(o.exact());
            case POISSON_RATE -> memo.ratePer10k(o.num(), o.den()).orElse(null);
            case PROPORTION -> memo.proportion(o.num(), o.den()).orElse(null);
            case NONE -> null;
        };
    }

    /**
     * The change from the baseline, its flags left in {@link #changeFlags}. A count's change
     * depends on the two counts alone and a proportion's on its four counts, so those are
     * computed once per distinct counts and indicator (with the flags they add) and the rows
     * share them.
     */
    private ChangeFigures change(Indicator indicator, Observation cur, Observation base) {
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
        } else if (cur.isProportion() && base.isProportion()
                && (cur.num() | cur.den() | base.num() | base.den()) < 1L << 31) {
            known = changes(proportionChanges, indicator);
            a = cur.num() << 32 | cur.den();
            c = base.num() << 32 | base.den();
        } else {
            known = null;
            a = 0;
            c = 0;
        }
        if (known == null) {
            computeChange(indicator, cur, base);
            changeFlags = addedFlags;
            return null;
        }
        Memoised m = known.get(a, c);
        if (m == null) {
            computeChange(indicator, cur, base);
            m = known.put(a, c, new Memoised(new ChangeFigures(changeHolds, changeBaselineValue,
                    changeBaselineNumerator, changeBaselineDenominator, changeAbsolute, changePercent, changePoints,
                    changePValue), addedFlags));
        }
        changeFlags = m.flags();
        return m.figures();
    }

    /** The flags that the last {@link #change} adds to its row ({@link Flag#bit()}s). */
    private int changeFlags;
    /** The flags that the last {@link #computeChange} found. */
    private int addedFlags;

    /** A change and the flags it adds to its row ({@link Flag#bit()}s). */
    private record Memoised(ChangeFigures figures, int flags) {}

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

    /**
     * The change just computed, as {@link PackedRows#change} takes it: set by {@link #computeChange}
     * for each row that has a baseline, instead of an object a row (three quarters of the rows'
     * changes are not memoised: amounts, sums, rates, medians).
     */
    private int changeHolds;
    private double changeBaselineValue;
    private long changeBaselineNumerator;
    private long changeBaselineDenominator;
    private double changeAbsolute;
    private double changePercent;
    private double changePoints;
    private double changePValue;

    /** Computes the change from the baseline into the fields above, the flags it adds into {@link #addedFlags}. */
    private void computeChange(Indicator indicator, Observation cur, Observation base) {
        int flags = 0;
        changeHolds = 0;
        changeBaselineNumerator = base.num();
        changeBaselineDenominator = base.den();
        if (isSuppressed(indicator, base)) {   // withheld: nothing but the baseline period
            addedFlags = Flag.BASELINE_SUPPRESSED.bit();
            return;
        }
        if (isSmall(base)) {
            flags |= Flag.BASELINE_SMALL_COUNT.bit();
        }
        boolean ratio = indicator.isRatio() && base.num() >= 0;
        int holds = ratio ? PackedRows.BASELINE_NUMERATOR | PackedRows.BASELINE_DENOMINATOR : 0;
        if (!base.defined()) {
            addedFlags = flags | Flag.BASELINE_UNDEFINED.bit();
            changeHolds = holds;
            return;
        }
        holds |= PackedRows.BASELINE_VALUE;
        double v0 = base.value();
        changeBaselineValue = v0;
        if (v0 == 0) {
            flags |= Flag.BASELINE_ZERO.bit();
        }
        if (cur.defined()) {
            changeAbsolute = cur.value() - v0;
            holds |= PackedRows.ABSOLUTE;
            if (v0 != 0) {
                OptionalDouble pct = percent(cur, base);
                if (pct.isPresent()) {
                    changePercent = pct.getAsDouble();
                    holds |= PackedRows.PERCENT;
                }
            }
            if (indicator.unit() == Unit.PROPORTION) {
                changePoints = 100 * (cur.value() - v0);
                holds |= PackedRows.POINTS;
            }
            OptionalDouble pValue = pValue(indicator, cur, base);
            if (pValue.isPresent()) {
                changePValue = pValue.getAsDouble();
                holds |= PackedRows.P_VALUE | (changePValue < settings.alpha() ? PackedRows.SIGNIFICANT : 0);
            }
        }
        addedFlags = flags;
        changeHolds = holds;
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
