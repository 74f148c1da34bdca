package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.communitysafety.indicators.stats.TailProbability;
import org.junit.jupiter.api.Test;

/** Funnel positions by exact tails; reference values from SciPy 1.17 (scipy.stats.binom / poisson sf and cdf). */
class FunnelRuleTest {

    @Test
    void tailProbabilitiesMatchScipy() {
        assertThat(TailProbability.poissonAtLeast(10, 3.0)).isCloseTo(0.0011024881301154815, within(1e-15)); // poisson.sf(9, 3)
        assertThat(TailProbability.poissonAtMost(0, 8.0)).isCloseTo(0.0003354626279025119, within(1e-16));
        assertThat(TailProbability.binomialAtMost(0, 100, 0.1)).isCloseTo(2.6561398887587476e-05, within(1e-18));
        assertThat(TailProbability.binomialAtLeast(3, 3, 0.98)).isCloseTo(0.941192, within(1e-12));
        assertThat(TailProbability.binomialAtLeast(60, 100, 0.45)).isCloseTo(0.0018201782006504149, within(1e-14));
        assertThat(TailProbability.poissonAtLeast(1_000_200, 1_000_000.0))
                .isCloseTo(0.4208732385191468, within(1e-9)); // counts near 10^6
        assertThat(TailProbability.binomialAtLeast(0, 5, 0.3)).isEqualTo(1.0);
        assertThat(TailProbability.poissonAtMost(4, 0.0)).isEqualTo(1.0);
    }

    @Test
    void allClearedOfAFewIsNotAnOutlierButTenOfThreeExpectedIs() {
        // 3 of 3 cleared against 98%: P(X >= 3) = 0.94 — the interpolated limit (0.99965) would flag it
        assertThat(FunnelRule.proportion(3, 3, 0.98, FunnelLimits.EXACT)).isEqualTo(FunnelRule.Position.INSIDE);
        assertThat(FunnelRule.proportion(0, 100, 0.1, FunnelLimits.EXACT)).isEqualTo(FunnelRule.Position.BELOW_998);
        assertThat(FunnelRule.proportion(60, 100, 0.45, FunnelLimits.EXACT)).isEqualTo(FunnelRule.Position.ABOVE_95);
        // 10 incidents where 3 were expected (rate 3 per 1,000 residents, 1,000 residents): P = 0.0011
        assertThat(FunnelRule.rate(10, 1000, 0.003)).isEqualTo(FunnelRule.Position.ABOVE_95);
        assertThat(FunnelRule.rate(11, 1000, 0.003)).isEqualTo(FunnelRule.Position.ABOVE_998);
        assertThat(FunnelRule.rate(0, 1000, 0.008)).isEqualTo(FunnelRule.Position.BELOW_998);
        assertThat(FunnelRule.rate(3, 1000, 0.003)).isEqualTo(FunnelRule.Position.INSIDE);
    }
}
