package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitysafety.indicators.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

/** Each setting of {@link Indicators} reaches the computation, and leaves the original untouched. */
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
}
