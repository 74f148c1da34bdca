package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class ProportionsTest {

    /**
     * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
     * seven methods", Stat Med 17:857, Table II: methods 3 (Wilson), 4 (Wilson with continuity
     * correction) and 5 (Clopper-Pearson), printed to 4 decimals; R 4.2.2 prints the same.
     */
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662, 0.2535, 0.3682, 0.2527, 0.3676",
        "15, 148, 0.0624, 0.1605, 0.0598, 0.1644, 0.0578, 0.1617",
        "0, 20, 0.0000, 0.1611, 0.0000, 0.2005, 0.0000, 0.1684",
        "1, 29, 0.0061, 0.1718, 0.0018, 0.1963, 0.0009, 0.1776",
    })
    void intervals_newcombeTableII(long x, long n, double wl, double wu, double cl, double cu, double el, double eu) {
        Interval wilson = Proportions.wilson(x, n, 0.95).orElseThrow();
        Interval corrected = Proportions.wilsonCorrected(x, n, 0.95).orElseThrow();
        Interval exact = Proportions.clopperPearson(x, n, 0.95).orElseThrow();
        assertEquals(wl, wilson.lower(), 5e-5);
        assertEquals(wu, wilson.upper(), 5e-5);
        assertEquals(cl, corrected.lower(), 5e-5);
        assertEquals(cu, corrected.upper(), 5e-5);
        assertEquals(el, exact.lower(), 5e-5);
        assertEquals(eu, exact.upper(), 5e-5);
    }

    @ParameterizedTest
    @EnumSource(value = IntervalMethod.class, names = {"WILSON", "WILSON_CC", "CLOPPER_PEARSON"})
    void interval_zeroTrials_isUndefined(IntervalMethod method) {
        assertEquals(Optional.empty(), Proportions.interval(method, 0, 0, 0.95));
        assertTrue(Proportions.estimate(0, 0).isEmpty());
        assertTrue(Proportions.clopperPearsonUpperComplement(0, 0, 0.95).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = IntervalMethod.class, names = {"WILSON", "WILSON_CC", "CLOPPER_PEARSON"})
    void interval_zeroAndAllSuccesses_haveExactEnds(IntervalMethod method) {
        for (long n : new long[] {1, 2, 7, 38, 1000, 45_225, 1_000_000_007L, 1_000_000_000_000L}) {
            Interval none = Proportions.interval(method, 0, n, 0.95).orElseThrow();
            Interval all = Proportions.interval(method, n, n, 0.95).orElseThrow();
            assertEquals(0.0, none.lower(), 0.0, method + " 0 of " + n);
            assertEquals(1.0, all.upper(), 0.0, method + " all of " + n);
            assertTrue(none.upper() > 0 && all.lower() < 1, method + " n=" + n);
        }
    }

    @Test
    void clopperPearson_zeroSuccesses_upperIsClosedForm() {
        // 1 - upper = (alpha/2)^(1/n): for 0 of 1000, 1 - 0.025^(1/1000)
        Interval interval = Proportions.clopperPearson(0, 1000, 0.95).orElseThrow();
        assertEquals(-Math.expm1(Math.log(0.025) / 1000), interval.upper(), 1e-17);
        assertEquals(Math.pow(0.025, 1.0 / 1000), Proportions.clopperPearsonUpperComplement(0, 1000, 0.95)
                .getAsDouble(), 1e-15);
    }

    @Test
    void intervals_seededRandom_areOrderedNestedAndSymmetric() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long n = 1 + (long) Math.floor(Math.exp(random.nextDouble() * 28)); // up to 1.4e12
            long x = random.nextInt(4) == 0
                    ? random.nextInt((int) Math.min(n, 5) + 1) // zero and small counts are common
                    : (long) (random.nextDouble() * (n + 1));
            x = Math.min(x, n);
            double confidence = random.nextBoolean() ? 0.95 : 0.998;
            double estimate = (double) x / n;
            for (IntervalMethod method : new IntervalMethod[] {
                IntervalMethod.WILSON, IntervalMethod.WILSON_CC, IntervalMethod.CLOPPER_PEARSON}) {
                Interval interval = Proportions.interval(method, x, n, confidence).orElseThrow();
                Interval mirror = Proportions.interval(method, n - x, n, confidence).orElseThrow();
                String what = method + " " + x + " of " + n;
                assertTrue(interval.lower() >= 0 && interval.upper() <= 1, what);
                assertTrue(interval.contains(estimate), what + " contains x/n " + interval);
                // the interval for n - x is the mirror image
                assertEquals(1.0 - interval.upper(), mirror.lower(), 2e-16 + 1e-12 * mirror.lower(), what + " mirror");
            }
            Interval wilson = Proportions.wilson(x, n, confidence).orElseThrow();
            Interval corrected = Proportions.wilsonCorrected(x, n, confidence).orElseThrow();
            assertTrue(corrected.lower() <= wilson.lower() && corrected.upper() >= wilson.upper(),
                    "the continuity correction widens: " + x + " of " + n);
            Interval wider = Proportions.clopperPearson(x, n, 0.998).orElseThrow();
            Interval narrower = Proportions.clopperPearson(x, n, 0.95).orElseThrow();
            assertTrue(wider.lower() <= narrower.lower() && wider.upper() >= narrower.upper(), "levels nest");
        }
    }

    @Test
    void clopperPearsonUpperComplement_nearOne_keepsItsDigits() {
        // 999,999,000 of 10^9 (statistics.json): 1 - upper = 9.38973046589561e-07
        double complement = Proportions.clopperPearsonUpperComplement(999_999_000L, 1_000_000_000L, 0.95)
                .getAsDouble();
        assertEquals(9.38973046589561e-07, complement, 1e-10 * 9.38973046589561e-07);
    }

    @Test
    void rPropTest_offTheNullValue_equalsTheLibraryConvention() {
        // prop.test(37, 120): |x - n p0| = 23 >= 0.5, so R applies the full correction
        Interval r = Proportions.rPropTest(37, 120, 0.5, 0.95).orElseThrow();
        Interval newcombe = Proportions.wilsonCorrected(37, 120, 0.95).orElseThrow();
        assertEquals(newcombe.lower(), r.lower(), 1e-15);
        assertEquals(newcombe.upper(), r.upper(), 1e-15);
        assertEquals(IntervalMethod.WILSON_CC, r.method());
        assertEquals(0.5, Proportions.rPropTestCorrection(37, 120, 0.5), 0.0);
        assertEquals(0.25, Proportions.rPropTestCorrection(3, 10, 0.275), 1e-15);
    }

    @Test
    void wilson_clearanceRateExample_printsBoundedToString() {
        // 44,319 of 45,225 disputes mediated successfully (domain.md)
        Interval interval = Proportions.wilson(44_319, 45_225, 0.95).orElseThrow();
        assertEquals("[0.9786, 0.9812] 95% WILSON", interval.toString());
    }

    /** Successes beyond the trials, negative trials, a level outside (0, 1): the message names the values. */
    @ParameterizedTest(name = "{0} of {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "5 |  4 | 0.95 | successes x (5) must be between 0 and trials n (4)",
        "0 | -1 | 0.95 | trials n (-1) must not be negative",
        "1 |  2 | 95   | confidence (95.0) must be strictly between 0 and 1, for example 0.95",
    })
    void wilsonAndClopperPearson_badArguments_sayTheRule(long x, long n, double confidence, String message) {
        for (Executable call : List.<Executable>of(() -> Proportions.wilson(x, n, confidence),
                () -> Proportions.clopperPearson(x, n, confidence))) {
            var e = assertThrows(IllegalArgumentException.class, call);
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void interval_poissonMethod_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Proportions.interval(IntervalMethod.GARWOOD, 1, 2, 0.95));
        assertEquals("method GARWOOD is not an interval for a proportion; use WILSON, WILSON_CC or CLOPPER_PEARSON",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> Proportions.interval(null, 1, 2, 0.95));
    }
}
