package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A report calls these for about 10^5 rows. This runs 10^4 calls at counts up to 10^10 to show
 * that the exact test never enumerates its support (R's algorithm would sum 10^10 terms per
 * call); it asserts results, not time. Measured here: tens of microseconds per call.
 */
final class ManyCallsTest {

    @Test
    void poissonRatio_tenThousandCallsAtLargeCounts_complete() {
        Random random = new Random(2024);
        int significant = 0;
        for (int i = 0; i < 10_000; i++) {
            long x0 = (long) Math.floor(Math.exp(random.nextDouble() * 23)); // up to 1e10
            long x1 = Math.max(0, Math.round(x0 * (1 + random.nextGaussian() * 3 / Math.sqrt(x0 + 1.0))));
            double t1 = 0.5 + random.nextDouble();
            TestResult result = Tests.poissonRatio(x1, t1, x0, 1.0, 0.95).orElseThrow();
            assertTrue(result.pValue() >= 0 && result.pValue() <= 1);
            assertTrue(result.interval().orElseThrow().contains(result.estimate()), () -> x1 + " vs " + x0);
            if (result.significant(0.05)) {
                significant++;
            }
        }
        assertTrue(significant > 0 && significant < 10_000);
    }

    @Test
    void intervals_tenThousandRowsOfEachKind_complete() {
        Random random = new Random(7);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            long n = 1 + (long) Math.floor(Math.exp(random.nextDouble() * 23));
            long x = (long) (random.nextDouble() * (n + 1));
            sum += Proportions.clopperPearson(x, n, 0.95).orElseThrow().width();
            sum += PoissonIntervals.garwood(x, 0.95).width();
            sum += Tests.binomial(x, n, 0.5, 0.95).orElseThrow().pValue();
        }
        assertTrue(sum > 0);
        assertEquals(FunnelPosition.INSIDE, Funnel.proportionPosition(5_000_000_000L, 10_000_000_000L, 0.5));
    }
}
