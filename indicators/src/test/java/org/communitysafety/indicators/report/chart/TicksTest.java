package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TicksTest {
    @Test
    void nice_max187_fiftiesToTwoHundred() {
        assertEquals(List.of(0.0, 50.0, 100.0, 150.0, 200.0), Ticks.nice(0, 187, 6, true).values());
    }

    @ParameterizedTest(name = "[{0}, {1}] in {2} -> {3}")
    @CsvSource({
            "0, 1, 5, '0.0 0.2 0.4 0.6 0.8 1.0'",
            "0, 0.3, 6, '0.0 0.05 0.1 0.15 0.2 0.25 0.3'",
            "0, 9, 6, '0.0 2.0 4.0 6.0 8.0 10.0'",
            "0, 1234, 6, '0.0 500.0 1000.0 1500.0'",
            "-7, 12, 6, '-10.0 -5.0 0.0 5.0 10.0 15.0'",
            "0.91, 0.99, 5, '0.9 0.92 0.94 0.96 0.98 1.0'"})
    void nice_handWorkedRanges(double min, double max, int intervals, String expected) {
        assertEquals(expected, String.join(" ", Ticks.nice(min, max, intervals, false).values().stream()
                .map(String::valueOf).toList()));
    }

    @Test
    void nice_allZeroCounts_zeroToFiveInOnes() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), Ticks.nice(0, 0, 6, true).values());
    }

    @Test
    void nice_wholeNumbers_stepAtLeastOne() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), Ticks.nice(0, 3, 8, true).values());
    }

    @Test
    void nice_randomRanges_coverWithinLimitInOneTwoFiveSteps() {
        Random random = new Random(20261123L);
        for (int i = 0; i < 2_000; i++) {
            double a = (random.nextDouble() - 0.2) * Math.pow(10, random.nextInt(9) - 3);
            double b = a + random.nextDouble() * Math.pow(10, random.nextInt(9) - 3);
            int intervals = 2 + random.nextInt(7);
            Ticks t = Ticks.nice(a, b, intervals, false);
            assertTrue(t.first() <= a && t.last() >= b, "covers [" + a + ", " + b + "]: " + t);
            assertTrue(t.values().size() - 1 <= intervals, "at most " + intervals + " intervals: " + t);
            double step = t.values().get(1) - t.first();   // a difference of large neighbours: compare loosely
            double mantissa = step / Math.pow(10, t.exponent());
            assertTrue(Math.abs(mantissa - 1) < 1e-4 || Math.abs(mantissa - 2) < 1e-4 || Math.abs(mantissa - 5) < 1e-4,
                    "1-2-5 step: " + t);
        }
    }

    @Test
    void log_twoDecadesWithTwosAndFives_moreDecadesPowersOnly() {
        assertEquals(List.of(100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0), Ticks.log(150, 9000));
        assertEquals(List.of(10.0, 100.0, 1000.0, 10000.0, 100000.0), Ticks.log(15, 90000));
    }
}
