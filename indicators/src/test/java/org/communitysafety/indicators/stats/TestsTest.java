package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact and approximate tests. R-compatibility on ordinary counts is covered by
 * {@code StatisticsReferenceTest} (statistics.json) and {@code RReferenceTest} (R 4.2.2); here:
 * counts over 10^9 (against mpmath, {@code tails_reference.py}, since R's {@code poisson.test}
 * would hold 10^9 probabilities in memory), the bisection shortcut against R's literal
 * enumeration, tiny p-values, and the undefined cases.
 */
final class TestsTest {

    @Test
    void poissonRatio_countsOverOneBillion_matchMpmath() {
        List<String[]> rows = ratioRows();
        assertEquals(16, rows.size(), "ratio rows in tails_reference.csv");
        for (String[] row : rows) {
            long x1 = (long) Double.parseDouble(row[1]);
            long x0 = (long) Double.parseDouble(row[2]);
            double confidence = Double.parseDouble(row[3]);
            double expected = Double.parseDouble(row[4]);
            TestResult minlike = Tests.poissonRatio(x1, 1.0, x0, 1.0, confidence).orElseThrow();
            TestResult central = Tests.poissonRatio(x1, 1.0, x0, 1.0, confidence, TwoSidedPValue.CENTRAL).orElseThrow();
            double actual = switch (row[0]) {
                case "ratio_p_minlike" -> minlike.pValue();
                case "ratio_p_central" -> central.pValue();
                case "ratio_lower" -> minlike.interval().orElseThrow().lower();
                case "ratio_upper" -> minlike.interval().orElseThrow().upper();
                default -> throw new AssertionError(row[0]);
            };
            // p-values near 1e-9 at n = 2.4e9 are conditioned about 1e-11 by the double inputs alone
            TailsTest.assertClose(expected, actual, 1e-10, String.join(" ", row));
        }
    }

    static List<String[]> ratioRows() {
        List<String[]> rows = new ArrayList<>();
        String resource = "/org/communitysafety/indicators/stats/tails_reference.csv";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TestsTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("ratio_")) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Test
    void poissonRatio_oneBillionTwoHundredMillion_isConsistent() {
        // 1.2e9 against 1.1e9 over equal periods: about 2,000 standard errors apart
        TestResult result = Tests.poissonRatio(1_200_000_000L, 1.0, 1_100_000_000L, 1.0, 0.95).orElseThrow();
        assertEquals(0.0, result.pValue(), 0.0, "far below the smallest double, as in R");
        assertEquals(12.0 / 11.0, result.estimate(), 1e-15);
        Interval interval = result.interval().orElseThrow();
        assertTrue(interval.contains(result.estimate()));
        // the normal approximation of the log ratio: +/- z sqrt(1/x1 + 1/x0)
        double half = Normal.Z_95 * Math.sqrt(1 / 1.2e9 + 1 / 1.1e9);
        assertEquals(Math.log(12.0 / 11.0) - half, Math.log(interval.lower()), 1e-7);
        assertEquals(Math.log(12.0 / 11.0) + half, Math.log(interval.upper()), 1e-7);
    }

    @Test
    void poissonRatio_allEventsInOnePeriod_givesTinyExactPValues() {
        // binom.test(500, 500, 1/2): p = 2 * 2^-500 = 2^-499
        TestResult five = Tests.poissonRatio(500, 1.0, 0, 1.0, 0.95).orElseThrow();
        assertEquals(Math.scalb(1.0, -499), five.pValue(), 1e-13 * Math.scalb(1.0, -499));
        assertEquals(Double.POSITIVE_INFINITY, five.estimate(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, five.interval().orElseThrow().upper(), 0.0);
        // 2^-1999 underflows: 0, as in R
        assertEquals(0.0, Tests.poissonRatio(0, 1.0, 2000, 1.0, 0.95).orElseThrow().pValue(), 0.0);
    }

    @Test
    void poissonRatio_zeroEvents_isUndefined() {
        assertEquals(Optional.empty(), Tests.poissonRatio(0, 1.0, 0, 1.0, 0.95));
        assertEquals(Optional.empty(), Tests.poissonRatio(0, 365, 0, 366, 0.95, TwoSidedPValue.CENTRAL));
    }

    @Test
    void poissonRatio_yearOnYear_expectedCount() {
        // 120 incidents last year, 73 this year: 96.5 expected under equal rates (statistics.json)
        assertEquals(96.5, Tests.expectedCount(73, 1.0, 120, 1.0), 0.0);
        TestResult result = Tests.poissonRatio(73, 1.0, 120, 1.0, 0.95).orElseThrow();
        assertTrue(result.significant(0.05));
        assertFalse(result.significant(0.0005));
    }

    @Test
    void binomial_minlike_equalsRsEnumeration_seededRandom() {
        // R's binom.test sums every dbinom(i) <= dbinom(x) (1 + 1e-7); the bisection must agree
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(300);
            int x = random.nextInt(n + 1);
            double p = random.nextInt(5) == 0 ? 0.5 : random.nextDouble();
            double q = 1 - p;
            double d = Saddle.dbinom(x, n, p, q) * ExactPValues.REL_ERR;
            double sum = 0;
            for (int k = 0; k <= n; k++) {
                double pk = Saddle.dbinom(k, n, p, q);
                if (pk <= d) {
                    sum += pk;
                }
            }
            double expected = x == n * p ? 1.0 : Math.min(1.0, sum);
            double actual = ExactPValues.binomial(x, n, p, TwoSidedPValue.MINLIKE);
            assertEquals(expected, actual, 1e-12 * expected + 1e-300, x + " of " + n + " at " + p);
        }
    }

    @Test
    void poisson_minlike_equalsEnumeration_seededRandom() {
        Random random = new Random(4);
        for (int i = 0; i < 300; i++) {
            double m = Math.exp(random.nextDouble() * 8 - 2); // 0.14 .. 400
            int x = (int) Math.max(0, Math.round(m + random.nextGaussian() * 2.5 * Math.sqrt(m)));
            double d = Saddle.dpois(x, m) * ExactPValues.REL_ERR;
            double sum = 0;
            for (int k = 0; k < 5_000; k++) {
                double pk = Saddle.dpois(k, m);
                if (pk <= d) {
                    sum += pk;
                }
            }
            double expected = Math.min(1.0, sum);
            double actual = ExactPValues.poisson(x, m, TwoSidedPValue.MINLIKE);
            assertEquals(expected, actual, 1e-12 * expected + 1e-300, "x=" + x + " m=" + m);
        }
    }

    @Test
    void binomial_nullProportionAtTheEnds_followsR() {
        assertEquals(1.0, Tests.binomial(0, 10, 0.0, 0.95).orElseThrow().pValue(), 0.0);
        assertEquals(0.0, Tests.binomial(1, 10, 0.0, 0.95).orElseThrow().pValue(), 0.0);
        assertEquals(1.0, Tests.binomial(10, 10, 1.0, 0.95).orElseThrow().pValue(), 0.0);
        assertEquals(Optional.empty(), Tests.binomial(0, 0, 0.5, 0.95));
        assertEquals(1.0, Tests.poisson(0, 2.0, 0.0, 0.95).pValue(), 0.0);
        assertEquals(0.0, Tests.poisson(3, 2.0, 0.0, 0.95).pValue(), 0.0);
    }

    @Test
    void twoProportions_undefinedCases_areEmpty() {
        assertEquals(Optional.empty(), Tests.twoProportions(0, 0, 3, 10, 0.95));
        assertEquals(Optional.empty(), Tests.twoProportions(3, 10, 0, 0, 0.95));
        assertEquals(Optional.empty(), Tests.twoProportions(0, 10, 0, 20, 0.95), "both 0%: R gives NaN");
        assertEquals(Optional.empty(), Tests.twoProportions(10, 10, 20, 20, 0.95), "both 100%: R gives NaN");
        assertTrue(Tests.twoProportions(0, 10, 1, 20, 0.95).isPresent());
    }

    @Test
    void approximations_bothCountsZero_isUndefined() {
        assertEquals(Optional.empty(), PoissonApproximations.difference(0, 0));
        assertEquals(0.0, PoissonApproximations.wheeler(0, 0).estimate(), 0.0);
        assertEquals(1.0, PoissonApproximations.sqrtTwoCounts(0, 0).pValue(), 0.0);
    }

    @Test
    void testResult_invalidFields_areRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new TestResult(1.5, 0, Optional.empty(), "z"));
        assertEquals("pValue (1.5) must be in [0, 1] (z)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult(0.5, Double.NaN, Optional.empty(), "z"));
        assertEquals("estimate must not be NaN (z)", e.getMessage());
        assertThrows(NullPointerException.class, () -> new TestResult(0.5, 1, null, "z"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult(0.5, 1, Optional.empty(), "z").significant(0));
        assertEquals("alpha (0.0) must be in (0, 1]", e.getMessage());
    }

    @Test
    void poissonRatio_badExposure_namesIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tests.poissonRatio(1, 0.0, 2, 1.0, 0.95));
        assertEquals("exposure t1 (0.0) must be finite and positive", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Tests.poissonRatio(1, 1.0, -2, 1.0, 0.95));
        assertEquals("count x0 must not be negative, got -2", e.getMessage());
    }
}
