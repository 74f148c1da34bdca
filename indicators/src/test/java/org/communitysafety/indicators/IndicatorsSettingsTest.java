package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * Each setting of {@link Indicators} reaches the computation, and leaves the original untouched;
 * the settings value has its documented defaults, one change per with-method, and refuses bad
 * values by name.
 */
class IndicatorsSettingsTest {

    static final Indicators BASE = Indicators.of(HandComputedTest.DATA).period("2024").compareYearOnYear();

    @Test
    void alphaDecidesSignificanceAndTheOriginalKeepsItsOwn() {
        // T's incidents 5 vs 3: p = 0.7266 (HandComputedTest)
        Indicators lax = BASE.alpha(0.8);
        assertThat(lax.compute("incidents.count").get("incidents.count", "T", "all").change().orElseThrow()
                .significant()).isTrue();
        assertThat(BASE.compute("incidents.count").get("incidents.count", "T", "all").change().orElseThrow()
                .significant()).isFalse();
    }

    @Test
    void confidenceMethodThreadsAndFunnelReachTheRows() {
        IndicatorRow wilson = BASE.compute("incidents.clearance_rate").get("incidents.clearance_rate", "T", "all");
        IndicatorRow exact = BASE.proportionIntervals(IntervalMethod.CLOPPER_PEARSON).confidence(0.9)
                .compute("incidents.clearance_rate").get("incidents.clearance_rate", "T", "all");
        assertThat(exact.interval().orElseThrow().method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
        assertThat(exact.interval().orElseThrow().confidence()).isEqualTo(0.9);
        assertThat(wilson.interval().orElseThrow().method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(BASE.threads(1).computeAll().rows()).isEqualTo(BASE.threads(2).computeAll().rows());
        assertThat(BASE.threads(1).toString()).isEqualTo(BASE.toString());
    }

    static final IndicatorSettings D = IndicatorSettings.defaults();

    @Test
    void defaults_areTheDocumentedOnes() {
        assertThat(D.period()).isEmpty();
        assertThat(D.comparison()).isEqualTo(Indicators.Comparison.NONE);
        assertThat(D.confidence()).isEqualTo(0.95);
        assertThat(D.alpha()).isEqualTo(0.05);
        assertThat(D.proportionIntervals()).isEqualTo(IntervalMethod.WILSON);
        assertThat(D.suppressBelow()).isZero();
        assertThat(D.unit()).isEmpty();
        assertThat(D.level()).isEmpty();
        assertThat(D.groups()).isEmpty();
        assertThat(D.funnelFlags()).isTrue();
        assertThat(D.funnelLimits()).isEqualTo(FunnelLimits.EXACT);
        assertThat(D.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void with_changesOneSettingAndLeavesTheOriginal() {
        IndicatorSettings s = D.withPeriod(Period.parse("2024-Q3")).withComparison(Indicators.Comparison.YEAR_ON_YEAR)
                .withConfidence(0.9).withAlpha(0.1).withProportionIntervals(IntervalMethod.CLOPPER_PEARSON)
                .withSuppressBelow(5).withUnit("330102").withLevel(Level.VILLAGE)
                .withGroups(Set.of(Group.ALL, Group.criminal())).withFunnelFlags(false).withFunnelLimits(FunnelLimits.SCORE).withThreads(1);
        assertThat(s).isEqualTo(new IndicatorSettings(Optional.of(Period.parse("2024-Q3")),
                Indicators.Comparison.YEAR_ON_YEAR, Optional.empty(), 0.9, 0.1, IntervalMethod.CLOPPER_PEARSON, 5,
                Optional.of("330102"), Optional.of(Level.VILLAGE), Optional.of(Set.of(Group.criminal(), Group.ALL)),
                false, FunnelLimits.SCORE, 1));
        assertThat(s.baseline()).contains(Period.parse("2023-Q3"));
        assertThat(s.withComparison(Indicators.Comparison.PERIOD_OVER_PERIOD).baseline())
                .contains(Period.parse("2024-Q2"));
        assertThat(s.withBaseline(Period.parse("2022")).baseline()).contains(Period.parse("2022"));
        assertThat(s.withBaseline(Period.parse("2022")).withComparison(Indicators.Comparison.NONE).namedBaseline())
                .isEmpty();
        assertThat(D).isEqualTo(IndicatorSettings.defaults());
        assertThat(Indicators.of(HandComputedTest.DATA).with(s.withUnit("T")).settings()).isEqualTo(s.withUnit("T"));
    }

    @Test
    void badValues_areRefusedWithTheSettingAndTheValue() {
        assertThatThrownBy(() -> D.withConfidence(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the confidence level must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> D.withAlpha(0)).hasMessage("alpha must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> D.withProportionIntervals(IntervalMethod.GARWOOD))
                .hasMessage("proportions take WILSON, WILSON_CC or CLOPPER_PEARSON intervals, not GARWOOD");
        assertThatThrownBy(() -> D.withThreads(0)).hasMessage("threads must be at least 1, got 0");
        assertThatThrownBy(() -> D.withGroups(Set.of())).hasMessage("name at least one group");
        assertThatThrownBy(() -> D.withComparison(Indicators.Comparison.NAMED))
                .hasMessage("a NAMED comparison needs its period: call withBaseline(period)");
        assertThatThrownBy(() -> D.withComparison(Indicators.Comparison.YEAR_ON_YEAR).baseline())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no period set: call period(\"2024\") (or another period) before compute");
        assertThatThrownBy(() -> new IndicatorSettings(Optional.empty(), Indicators.Comparison.NAMED,
                Optional.empty(), 0.95, 0.05, IntervalMethod.WILSON, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), true, FunnelLimits.EXACT, 1))
                .hasMessage("a named baseline goes with the comparison NAMED, and only with it: got NAMED and no baseline");
        assertThatThrownBy(() -> Indicators.of(HandComputedTest.DATA).with(D.withUnit("V9")))
                .hasMessage("unknown unit 'V9'; did you mean V1?");
    }
}
