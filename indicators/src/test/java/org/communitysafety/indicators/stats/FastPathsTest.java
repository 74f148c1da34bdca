package org.communitysafety.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the catalogue takes give the very doubles of the full computations: the p-value
 * alone of a test, a rate's interval from its count's interval, a percent change in long
 * arithmetic instead of big integers, and a funnel position from the one tail that can decide it
 * or, far out, from the Chernoff bound.
 */
class FastPathsTest {

    @Test
    void pValuesAlone_areTheTestsPValues() {
        Random random = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            long bound = k % 4 == 0 ? 10 : k % 4 == 1 ? 1_000 : k % 4 == 2 ? 1_000_000 : 3_000_000_000L;
            long n1 = (long) (random.nextDouble() * bound);
            long n0 = (long) (random.nextDouble() * bound);
            long x1 = (long) (random.nextDouble() * (n1 + 1));
            long x0 = (long) (random.nextDouble() * (n0 + 1));
            double t1 = 1 + random.nextInt(400) * (k % 2 == 0 ? 1.0 : 1000.5);
            double t0 = 1 + random.nextInt(400);
            assertThat(Tests.poissonRatioPValue(x1, t1, x0, t0))
                    .isEqualTo(pValue(Tests.poissonRatio(x1, t1, x0, t0, 0.95)));
            assertThat(Tests.twoProportionsPValue(x1, n1, x0, n0))
                    .isEqualTo(pValue(Tests.twoProportions(x1, n1, x0, n0, 0.95)));
        }
        assertThat(Tests.poissonRatioPValue(0, 1, 0, 1)).isEmpty();
        assertThat(Tests.twoProportionsPValue(0, 5, 0, 7)).isEmpty();
        assertThat(Tests.twoProportionsPValue(0, 0, 0, 7)).isEmpty();
    }

    private static OptionalDouble pValue(java.util.Optional<TestResult> test) {
        return test.isPresent() ? OptionalDouble.of(test.get().pValue()) : OptionalDouble.empty();
    }

    @Test
    void aRatesInterval_fromItsCountsInterval_isTheRatesInterval() {
        for (long x = 0; x < 300; x += 7) {
            for (double exposure : new double[] {1, 37, 12_345, 9.87e6}) {
                for (IntervalMethod method : new IntervalMethod[] {IntervalMethod.GARWOOD, IntervalMethod.BYAR}) {
                    assertThat(PoissonIntervals.rate(PoissonIntervals.count(method, x, 0.9), exposure, 10_000))
                            .isEqualTo(PoissonIntervals.rate(method, x, exposure, 10_000, 0.9).orElseThrow());
                }
            }
        }
    }

    @Test
    void percentChanges_inLongArithmetic_areTheNearestDoubles() {
        Random random = new Random(5);
        for (int k = 0; k < 50_000; k++) {
            long scale = k % 3 == 0 ? 100 : k % 3 == 1 ? 1L << 40 : 1L << 47;
            long current = (long) (random.nextDouble() * scale);
            long baseline = 1 + (long) (random.nextDouble() * scale);
            assertThat(PercentChange.percent(current, baseline).getAsDouble())
                    .isEqualTo(nearest(BigDecimal.valueOf(current - baseline).multiply(BigDecimal.valueOf(100)),
                            BigDecimal.valueOf(baseline)));
            long b1 = 1 + (long) (random.nextDouble() * (k % 2 == 0 ? 1_000_000 : 1L << 30));
            long b0 = 1 + (long) (random.nextDouble() * (k % 2 == 0 ? 1_000_000 : 1L << 30));
            long a1 = (long) (random.nextDouble() * b1);
            long a0 = 1 + (long) (random.nextDouble() * b0);
            BigDecimal cross1 = BigDecimal.valueOf(a1).multiply(BigDecimal.valueOf(b0));
            BigDecimal cross0 = BigDecimal.valueOf(a0).multiply(BigDecimal.valueOf(b1));
            assertThat(PercentChange.percentOfRatios(a1, b1, a0, b0).getAsDouble())
                    .isEqualTo(nearest(cross1.subtract(cross0).multiply(BigDecimal.valueOf(100)), cross0));
        }
    }

    /** The double nearest to a / b, from a quotient of 120 digits. */
    private static double nearest(BigDecimal a, BigDecimal b) {
        return a.divide(b, new MathContext(120)).doubleValue();
    }

    @Test
    void funnelPositions_fromOneTailOrTheChernoffBound_areThePositionsFromBothTails() {
        Random random = new Random(3);
        for (int k = 0; k < 20_000; k++) {
            long n = 1 + (long) (random.nextDouble() * (k % 3 == 0 ? 20 : k % 3 == 1 ? 2_000 : 2_000_000));
            double p0 = k % 50 == 0 ? (k % 100 == 0 ? 0.0 : 1.0) : random.nextDouble();
            double spread = 8 * Math.sqrt(n * p0 * (1 - p0)) + 3;
            long x = Math.max(0, Math.min(n, Math.round(n * p0 + (random.nextDouble() * 2 - 1) * spread)));
            assertThat(Funnel.proportionPosition(x, n, p0))
                    .as("%d of %d against %s", x, n, p0)
                    .isEqualTo(byBothTails(Tails.binomSf(x, n, p0, 1 - p0), Tails.binomCdf(x, n, p0, 1 - p0)));
            double exposure = 1 + random.nextDouble() * n;
            double rate0 = k % 50 == 0 ? 0.0 : random.nextDouble() * 0.05;
            double mean = rate0 * exposure;
            long y = Math.max(0, Math.round(mean + (random.nextDouble() * 2 - 1) * (8 * Math.sqrt(mean) + 3)));
            assertThat(Funnel.ratePosition(y, exposure, rate0))
                    .as("%d over %s at %s", y, exposure, rate0)
                    .isEqualTo(byBothTails(Tails.poisSf(y, mean), Tails.poisCdf(y, mean)));
        }
    }

    /** The rule of {@link Funnel#proportionPosition} with both tails computed. */
    private static FunnelPosition byBothTails(double atLeast, double atMost) {
        double outer = 0.5 * (1.0 - Funnel.OUTER);
        double inner = 0.5 * (1.0 - Funnel.INNER);
        return atLeast < outer ? FunnelPosition.ABOVE_998 : atMost < outer ? FunnelPosition.BELOW_998
                : atLeast < inner ? FunnelPosition.ABOVE_95 : atMost < inner ? FunnelPosition.BELOW_95
                : FunnelPosition.INSIDE;
    }
}
