package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limits against R (appendix A.1 formulas on qbinom/pbinom/dbinom) are in {@code RReferenceTest}. */
final class FunnelTest {

    /**
     * Target 60% at n = 120. R (r_reference.txt): 95% limits 0.50744 and 0.68264 (60.89 and 81.92
     * cases), 99.8% limits 0.45561 and 0.73128 (54.67 and 87.75 cases). Positions come from the
     * exact tails: 82 and 88 plot just above the upper curves but are not unusual at those levels
     * (R: 1 - pbinom(81, 120, 0.6) = 0.0370 > 0.025, 1 - pbinom(87, 120, 0.6) = 0.00157 > 0.001).
     */
    @ParameterizedTest(name = "{0} of 120 -> {1}")
    @CsvSource({"72, INSIDE", "61, INSIDE", "81, INSIDE", "82, INSIDE", "83, ABOVE_95", "88, ABOVE_95",
        "89, ABOVE_998", "120, ABOVE_998", "60, BELOW_95", "55, BELOW_95", "54, BELOW_998", "0, BELOW_998"})
    void proportionPosition_aroundTheLimits(long x, FunnelPosition expected) {
        assertEquals(expected, Funnel.proportionPosition(x, 120, 0.6));
    }

    /**
     * Target 15 per 10,000 in a population of 48,213 (mean 72.3). R: 95% limits 55.62 and 88.95
     * cases, 99.8% limits 47.02 and 99.51 cases; by the exact tails 89 and 100 are not yet outside
     * (R: 1 - ppois(88, 72.3195) = 0.0317, 1 - ppois(99, 72.3195) = 0.00118).
     */
    @ParameterizedTest(name = "{0} incidents -> {1}")
    @CsvSource({"72, INSIDE", "56, INSIDE", "88, INSIDE", "89, INSIDE", "90, ABOVE_95", "100, ABOVE_95",
        "101, ABOVE_998", "55, BELOW_95", "48, BELOW_95", "47, BELOW_998", "0, BELOW_998"})
    void ratePosition_aroundTheLimits(long x, FunnelPosition expected) {
        assertEquals(expected, Funnel.ratePosition(x, 48_213, 0.0015));
    }

    @Test
    void proportionPosition_allOfAFew_isNotAnOutlier() {
        // 3 of 3 cleared against a target of 98%: P(X >= 3) = 0.98^3 = 0.94, yet above both drawn
        // curves (the 99.8% limit is (3 - 0.001 / 0.941) / 3 = 0.99965)
        Interval inner = Funnel.proportionLimits(0.98, 3, Funnel.INNER);
        Interval outer = Funnel.proportionLimits(0.98, 3, Funnel.OUTER);
        assertEquals(0.99965, outer.upper(), 1e-5);
        assertEquals(FunnelPosition.INSIDE, Funnel.proportionPosition(3, 3, 0.98));
        assertEquals(FunnelPosition.ABOVE_998, Funnel.position(1.0, inner, outer));
        assertEquals(FunnelPosition.BELOW_998, Funnel.proportionPosition(0, 100, 0.1)); // P(X <= 0) = 2.7e-5
    }

    @Test
    void position_precomputedLimits_differFromTheTailsOnlyAtTheUpperBoundaryCounts() {
        Interval inner = Funnel.proportionLimits(0.6, 120, Funnel.INNER);
        Interval outer = Funnel.proportionLimits(0.6, 120, Funnel.OUTER);
        for (long x = 0; x <= 120; x++) {
            FunnelPosition byLimits = Funnel.position(x / 120.0, inner, outer);
            FunnelPosition byTails = Funnel.proportionPosition(x, 120, 0.6);
            if (x == 82) {
                assertEquals(FunnelPosition.ABOVE_95, byLimits);
                assertEquals(FunnelPosition.INSIDE, byTails);
            } else if (x == 88) {
                assertEquals(FunnelPosition.ABOVE_998, byLimits);
                assertEquals(FunnelPosition.ABOVE_95, byTails);
            } else {
                assertEquals(byTails, byLimits, "x=" + x);
            }
        }
        var e = assertThrows(IllegalArgumentException.class, () -> Funnel.position(0.5, outer, inner));
        assertTrue(e.getMessage().startsWith("outer limits [0.5074, 0.6826] 95% SPIEGELHALTER_BINOMIAL must contain"),
                e.getMessage());
    }

    @Test
    void proportionLimits_narrowWithTheDenominatorAndNest() {
        double previousWidth = Double.POSITIVE_INFINITY;
        for (long n : new long[] {10, 100, 1_000, 10_000, 100_000, 10_000_000, 10_000_000_000L}) {
            Interval inner = Funnel.proportionLimits(0.8, n, Funnel.INNER);
            Interval outer = Funnel.proportionLimits(0.8, n, Funnel.OUTER);
            assertTrue(outer.lower() <= inner.lower() && inner.upper() <= outer.upper(), "99.8% contains 95%: " + n);
            assertTrue(inner.contains(0.8));
            assertTrue(inner.width() < previousWidth, "narrower at " + n);
            previousWidth = inner.width();
            assertEquals(IntervalMethod.SPIEGELHALTER_BINOMIAL, inner.method());
        }
        // at n = 10^10 the limits are the normal ones: 0.8 -/+ 1.96 sqrt(0.16 / n)
        Interval large = Funnel.proportionLimits(0.8, 10_000_000_000L, Funnel.INNER);
        double half = Normal.Z_95 * Math.sqrt(0.16 / 1e10);
        assertEquals(0.8 - half, large.lower(), 1e-3 * half);
        assertEquals(0.8 + half, large.upper(), 1e-3 * half);
    }

    @Test
    void limits_smallDenominators_areClippedToTheScale() {
        // target 5% of 10: the interpolated lower limit is -0.096 (R); reported as 0
        Interval limits = Funnel.proportionLimits(0.05, 10, Funnel.INNER);
        assertEquals(0.0, limits.lower(), 0.0);
        assertTrue(Funnel.binomialCountLimits(0.05, 10, Funnel.INNER)[0] < 0);
        assertEquals(FunnelPosition.INSIDE, Funnel.proportionPosition(0, 10, 0.05), "0 of 10 is not unusual");
        assertEquals(0.0, Funnel.rateLimits(0.0015, 500, Funnel.INNER).lower(), 0.0);
    }

    @Test
    void limits_degenerateTargets() {
        IntervalMethod binomial = IntervalMethod.SPIEGELHALTER_BINOMIAL;
        assertEquals(Interval.of(0, 0, binomial, 0.95), Funnel.proportionLimits(0, 50, 0.95));
        assertEquals(Interval.of(1, 1, binomial, 0.95), Funnel.proportionLimits(1, 50, 0.95));
        assertEquals(Interval.of(0, 0, IntervalMethod.SPIEGELHALTER_POISSON, 0.95), Funnel.rateLimits(0, 50, 0.95));
        assertEquals(FunnelPosition.ABOVE_998, Funnel.ratePosition(1, 50, 0));
        assertEquals(FunnelPosition.INSIDE, Funnel.ratePosition(0, 50, 0));
    }

    @Test
    void limits_badArguments_areRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Funnel.proportionLimits(0.5, 0, 0.95));
        assertEquals("denominator n (0) must be at least 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Funnel.proportionLimits(1.5, 10, 0.95));
        assertEquals("target proportion p0 (1.5) must be in [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Funnel.rateLimits(0.1, 0, 0.95));
        assertEquals("exposure (0.0) must be finite and positive", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Funnel.proportionPosition(11, 10, 0.5));
        assertEquals("x (11) must be between 0 and n (10)", e.getMessage());
    }

    /**
     * PHE's Fingertips proportion funnels: PHEindicatormethods' own expected output of
     * {@code phe_funnels} (100 denominators from 1 to 110,000 around a target of 80.642448%, limits
     * in % to six decimals), reproduced by the score-test limits to within the file's rounding.
     */
    @Test
    void scoreProportionLimits_matchPheIndicatorMethodsPublishedFunnel() throws IOException {
        List<double[]> rows = pheRows();
        assertEquals(100, rows.size());
        for (double[] r : rows) {
            long n = (long) r[0];
            double p0 = r[5] / 100;
            Interval inner = Funnel.scoreProportionLimits(p0, n, Funnel.INNER);
            Interval outer = Funnel.scoreProportionLimits(p0, n, Funnel.OUTER);
            assertEquals(IntervalMethod.SCORE_BINOMIAL, inner.method());
            assertEquals(r[1], 100 * inner.lower(), 1e-6, "lower 95% at n = " + n);
            assertEquals(r[2], 100 * inner.upper(), 1e-6, "upper 95% at n = " + n);
            assertEquals(r[3], 100 * outer.lower(), 1e-6, "lower 99.8% at n = " + n);
            assertEquals(r[4], 100 * outer.upper(), 1e-6, "upper 99.8% at n = " + n);
        }
    }

    /**
     * What Funnel's javadoc says of the two methods on PHE's grid: the exact limits lie within a
     * count of PHE's at 95%, and within 1.6 counts at 99.8% (observed 1.55, at small n).
     */
    @Test
    void exactAndScoreLimits_differByAtMostACountAt95AndAboutOneAndAHalfAt998_onPhesGrid() throws IOException {
        double worstInner = 0;
        double worstOuter = 0;
        for (double[] r : pheRows()) {
            long n = (long) r[0];
            double p0 = r[5] / 100;
            worstInner = Math.max(worstInner, countGap(p0, n, Funnel.INNER));
            worstOuter = Math.max(worstOuter, countGap(p0, n, Funnel.OUTER));
        }
        assertTrue(worstInner <= 1.0, "95%: " + worstInner + " counts");
        assertTrue(worstOuter <= 1.6, "99.8%: " + worstOuter + " counts");
        assertTrue(worstOuter > 0.5, "the methods do differ at 99.8%: " + worstOuter);
    }

    private static double countGap(double p0, long n, double level) {
        Interval exact = Funnel.proportionLimits(p0, n, level);
        Interval score = Funnel.scoreProportionLimits(p0, n, level);
        return n * Math.max(Math.abs(exact.lower() - score.lower()), Math.abs(exact.upper() - score.upper()));
    }

    /** PHE's significance rule: strictly beyond a limit; 3 levels of x for n = 100 at p0 = 0.8. */
    @ParameterizedTest
    @CsvSource({"80, 100, INSIDE", "89, 100, ABOVE_95", "93, 100, ABOVE_998", "71, 100, BELOW_95",
        "66, 100, BELOW_998", "0, 1, BELOW_95", "1, 1, INSIDE"})
    void scoreProportionPosition_isStrictlyBeyondTheScoreLimits(long x, long n, FunnelPosition expected) {
        // p0 = 0.8, n = 100: 95% limits 0.8 -/+ 0.0784 (72.2%, 87.8%), 99.8% -/+ 0.1236 (67.6%, 92.4%)
        assertEquals(expected, Funnel.scoreProportionPosition(x, n, 0.8));
    }

    private static List<double[]> pheRows() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                FunnelTest.class.getResourceAsStream("phe_funnel_prop_outputs.csv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("Population")) {
                    continue;
                }
                String[] f = line.split(",");
                double[] r = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    r[k] = Double.parseDouble(f[k]);
                }
                rows.add(r);
            }
        }
        return rows;
    }
}
