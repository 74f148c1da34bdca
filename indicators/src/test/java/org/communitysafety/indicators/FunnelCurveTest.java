package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.Interval;
import org.junit.jupiter.api.Test;

/** The funnel curve samples stats.Funnel's limits where it says it does. */
class FunnelCurveTest {

    @Test
    void of_rate_samplesFunnelsRateLimitsOnALogScale_inTheIndicatorsUnit() {
        FunnelCurve c = FunnelCurve.of(Indicator.INCIDENTS_RATE_PER_10K, 21.5, 0.998, 500, 60_000, 61);
        assertThat(c.samples()).hasSize(61);
        for (int k = 0; k <= 60; k++) {
            double x = 500 * Math.pow(60_000 / 500.0, k / 60.0);
            Interval i = Funnel.rateLimits(21.5 / 10_000, x, 0.998);
            FunnelCurve.Sample s = c.samples().get(k);
            assertThat(s.x()).isEqualTo(x);
            assertThat(s.lower()).isEqualTo(i.lower() * 10_000);
            assertThat(s.upper()).isEqualTo(i.upper() * 10_000);
            assertThat(s.lower()).isLessThanOrEqualTo(21.5);
            assertThat(s.upper()).isGreaterThanOrEqualTo(21.5);
        }
        assertThat(c.samples().get(60).x()).isCloseTo(60_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(c.toString()).isEqualTo(
                "FunnelCurve[incidents.rate_per_10k around 21.50 at 99.80%, 61 samples from 500 to 60000]");
    }

    @Test
    void of_proportion_roundsTheDenominatorsToWholeTrials() {
        FunnelCurve c = FunnelCurve.of(Indicator.INCIDENTS_CLEARANCE_RATE, 0.6, 0.95, 1, 100, 5);
        assertThat(c.samples()).extracting(FunnelCurve.Sample::x).containsExactly(1.0, 3.0, 10.0, 32.0, 100.0);
        Interval at32 = Funnel.proportionLimits(0.6, 32, 0.95);
        assertThat(c.samples().get(3).lower()).isEqualTo(at32.lower());
        assertThat(c.samples().get(3).upper()).isEqualTo(at32.upper());
    }

    @Test
    void of_misuse_namesTheRule() {
        assertThatThrownBy(() -> FunnelCurve.of(Indicator.INCIDENTS_COUNT, 3, 0.95, 1, 10, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a funnel needs a proportion or a rate per population, not incidents.count");
        assertThatThrownBy(() -> FunnelCurve.of(Indicator.INCIDENTS_CLEARANCE_RATE, 1.0, 0.95, 1, 10, 5))
                .hasMessage("the target of incidents.clearance_rate must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> FunnelCurve.of(Indicator.INCIDENTS_RATE_PER_10K, 2, 0.95, 10, 10, 5))
                .hasMessage("the denominators must run from at least 1 to more than that, got 10.0 to 10.0");
        assertThatThrownBy(() -> FunnelCurve.of(Indicator.INCIDENTS_RATE_PER_10K, 2, 0.95, 1, 10, 1))
                .hasMessage("a curve needs at least 2 samples, got 1");
    }

    /** The curve a report draws: around the ranking's target, over its units' populations. */
    @Test
    void rankingFunnelCurve_spansTheRankedDenominators() {
        Ranking ranking = Ranking.level(AgainstRecordsTest.R, Indicator.INCIDENTS_RATE_PER_10K, Level.VILLAGE,
                Group.criminal());
        FunnelCurve c = ranking.funnelCurve(FunnelCurve.INNER, 61).orElseThrow();
        long min = ranking.entries().stream().mapToLong(e -> e.row().denominator().getAsLong()).min().orElseThrow();
        long max = ranking.entries().stream().mapToLong(e -> e.row().denominator().getAsLong()).max().orElseThrow();
        assertThat(c).isEqualTo(FunnelCurve.of(Indicator.INCIDENTS_RATE_PER_10K, ranking.target().getAsDouble(),
                0.95, Math.max(1, min * 0.8), max * 1.2, 61));
        assertThat(Ranking.level(AgainstRecordsTest.R, Indicator.INCIDENTS_COUNT, Level.VILLAGE, Group.ALL)
                .funnelCurve(0.95, 61)).isEmpty();
    }
}
