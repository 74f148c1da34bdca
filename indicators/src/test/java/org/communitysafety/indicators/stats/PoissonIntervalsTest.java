package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class PoissonIntervalsTest {

    @Test
    void garwood_zero_isClosedForm() {
        // P(X <= 0 | L) = e^-L = alpha/2: upper = -log(0.025) = 3.6888794541139363 (statistics.json)
        Interval interval = PoissonIntervals.garwood(0, 0.95);
        assertEquals(0.0, interval.lower(), 0.0);
        assertEquals(-Math.log(0.5 * (1 - 0.95)), interval.upper(), 0.0);
    }

    @Test
    void garwood_definingEquations_holdAtTheLimits() {
        // P(X >= x | lower) = alpha/2 and P(X <= x | upper) = alpha/2 (Garwood 1936)
        for (long x : new long[] {1, 4, 65, 1045, 45_225, 1_000_000_000L, 1_000_000_000_000L}) {
            Interval interval = PoissonIntervals.garwood(x, 0.95);
            double tail = 0.5 * (1 - 0.95);
            // a limit is a double: the tail may differ by its slope over one ulp of the limit
            double slackLower = Saddle.gammaLogDensity(x, interval.lower()) * Math.ulp(interval.lower())
                    / interval.lower();
            double slackUpper = Saddle.gammaLogDensity(x + 1, interval.upper()) * Math.ulp(interval.upper())
                    / interval.upper();
            assertEquals(tail, Tails.poisSf(x, interval.lower()), 1e-13 * tail + slackLower, "lower " + x);
            assertEquals(tail, Tails.poisCdf(x, interval.upper()), 1e-13 * tail + slackUpper, "upper " + x);
        }
    }

    @Test
    void garwood_trillion_isCloseToTheNormalLimit() {
        long x = 1_000_000_000_000L;
        Interval interval = PoissonIntervals.garwood(x, 0.95);
        // x -/+ z sqrt(x) + O(1): half-width 1.96e6
        assertEquals(x - Normal.Z_95 * 1e6, interval.lower(), 2.0);
        assertEquals(x + Normal.Z_95 * 1e6, interval.upper(), 2.0);
    }

    @Test
    void byar_edges_followTheDocumentedConvention() {
        assertEquals(0.0, PoissonIntervals.byar(0, 0.95).lower(), 0.0);
        assertTrue(PoissonIntervals.byarLowerFormula(1, Normal.Z_998) < 0, "the formula is negative here");
        assertEquals(0.0, PoissonIntervals.byar(1, 0.998).lower(), 0.0);
        // Byar tracks the exact interval closely from moderate counts (Breslow and Day 1987)
        Interval byar = PoissonIntervals.byar(65, 0.95);
        Interval exact = PoissonIntervals.garwood(65, 0.95);
        assertEquals(exact.lower(), byar.lower(), 1e-4 * exact.lower());
        assertEquals(exact.upper(), byar.upper(), 1e-4 * exact.upper());
    }

    @Test
    void intervals_seededRandom_increaseWithTheCountAndContainIt() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            long x = (long) Math.floor(Math.exp(random.nextDouble() * 25));
            for (IntervalMethod method : new IntervalMethod[] {IntervalMethod.GARWOOD, IntervalMethod.BYAR}) {
                Interval here = PoissonIntervals.count(method, x, 0.95);
                Interval next = PoissonIntervals.count(method, x + 1, 0.95);
                assertTrue(here.contains(x), method + " " + x + " " + here);
                assertTrue(here.lower() <= next.lower() && here.upper() < next.upper(), method + " " + x);
            }
        }
    }

    @Test
    void rate_perTenThousand_scalesTheCountInterval() {
        // 73 incidents in a population of 48,213: 15.1 per 10,000 (statistics.json)
        Interval rate = PoissonIntervals.rate(IntervalMethod.GARWOOD, 73, 48_213, 10_000, 0.95).orElseThrow();
        Interval count = PoissonIntervals.garwood(73, 0.95);
        assertEquals(count.lower() / 48_213 * 10_000, rate.lower(), 0.0);
        assertEquals(count.upper() / 48_213 * 10_000, rate.upper(), 0.0);
        assertEquals(73.0 / 48_213 * 10_000, PoissonIntervals.rateEstimate(73, 48_213, 10_000).getAsDouble(), 0.0);
    }

    @Test
    void rate_nonPositiveExposure_isUndefined() {
        assertEquals(Optional.empty(), PoissonIntervals.rate(IntervalMethod.BYAR, 5, 0, 100_000, 0.95));
        assertEquals(Optional.empty(), PoissonIntervals.rate(IntervalMethod.GARWOOD, 0, -1, 100_000, 0.95));
        assertTrue(PoissonIntervals.rateEstimate(5, 0, 100_000).isEmpty());
        // a zero count over a real population is a proper rate of 0 with an interval
        Interval zero = PoissonIntervals.rate(IntervalMethod.GARWOOD, 0, 25_000, 100_000, 0.95).orElseThrow();
        assertEquals(0.0, zero.lower(), 0.0);
        assertEquals(14.755517816455745, zero.upper(), 1e-10 * 14.76);
    }

    @Test
    void rate_badArguments_areRejectedWithTheRule() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PoissonIntervals.rate(IntervalMethod.GARWOOD, 1, Double.NaN, 10_000, 0.95));
        assertEquals("exposure (NaN) must be finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PoissonIntervals.rate(IntervalMethod.GARWOOD, 1, 10, 0, 0.95));
        assertEquals("per (0.0) must be finite and positive", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PoissonIntervals.garwood(-3, 0.95));
        assertEquals("count x must not be negative, got -3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PoissonIntervals.rate(IntervalMethod.WILSON, 1, 10, 1, 0.95));
        assertEquals("method WILSON is not an interval for a Poisson count; use GARWOOD or BYAR", e.getMessage());
    }
}
