package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PercentChangeTest {

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource({
        // hand-worked exact rationals
        "73, 120, -39.2, HALF_UP",           // -235/6 = -39.1666...
        "7, 8, -12.5, HALF_UP",               // exact tie kept at 1 dp
        "17, 16, 6.3, HALF_UP",               // 25/4 = 6.25: half away from zero
        "17, 16, 6.2, HALF_EVEN",             // 6.25: to even
        "2001, 2000, 0.1, HALF_UP",           // 1/20 = 0.05 exactly
        "2001, 2000, 0.0, HALF_EVEN",         // the double 0.05 is 0.05000000000000000277 and would round up
        "1999, 2000, -0.1, HALF_UP",          // -0.05: half away from zero
        "0, 2, -100.0, HALF_UP",              // 2 cases -> 0: down 100%
        "5, 5, 0.0, HALF_UP",
        "1000000000001, 1000000000000, 0.0, HALF_UP", // 1e-10 % at counts of 10^12
    })
    void percent_oneDecimal_fromTheExactRational(long current, long baseline, String expected, RoundingMode mode) {
        assertEquals(expected, PercentChange.percent(current, baseline, 1, mode).orElseThrow().toPlainString());
    }

    @Test
    void percent_zeroBaseline_isUndefinedButTheAbsoluteChangeIsNot() {
        assertTrue(PercentChange.percent(3, 0).isEmpty(), "not +Infinity%");
        assertTrue(PercentChange.percent(0, 0).isEmpty(), "not 0%");
        assertTrue(PercentChange.percent(3, 0, 1, RoundingMode.HALF_UP).isEmpty());
        assertTrue(PercentChange.ratio(3, 0).isEmpty());
        assertEquals(3, PercentChange.absolute(3, 0));
        assertEquals(0, PercentChange.absolute(0, 0));
    }

    @Test
    void percent_largeCounts_isTheNearestDouble() {
        // (10^12 + 1 - 10^12) * 100 / 10^12 = 1e-10 exactly as a rational; the nearest double
        assertEquals(1e-10, PercentChange.percent(1_000_000_000_001L, 1_000_000_000_000L).getAsDouble(), 0.0);
        // a numerator beyond 2^53 goes through BigDecimal: 100 * (2^62 - 3) / 3
        long big = (1L << 62) - 3;
        assertEquals(new BigDecimal(big - 3).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(3),
                java.math.MathContext.DECIMAL128).doubleValue(), PercentChange.percent(big, 3).getAsDouble(), 0.0);
    }

    @Test
    void percentOfRatios_handWorked() {
        // 3 per 4 against 1 per 2: up 50%; a rate per 10,000 with a growing population
        assertEquals(50.0, PercentChange.percentOfRatios(3, 4, 1, 2).getAsDouble(), 0.0);
        assertEquals(100.0, PercentChange.percentOfRatios(1, 3, 1, 6).getAsDouble(), 0.0);
        assertEquals("-100.0", PercentChange.percentOfRatios(0, 7, 5, 9, 1, RoundingMode.HALF_UP)
                .orElseThrow().toPlainString());
    }

    @Test
    void percentOfRatios_tieIsRoundedFromTheExactRationalNotTheDouble() {
        // (1025/1000) / (1/1) - 1 = 2.5% exactly; in doubles 1.025 - 1 = 0.02499999999999991 -> 2.4999999999999911
        assertEquals("3", PercentChange.percentOfRatios(1025, 1000, 1, 1, 0, RoundingMode.HALF_UP)
                .orElseThrow().toPlainString());
        assertEquals("2", PercentChange.percentOfRatios(1025, 1000, 1, 1, 0, RoundingMode.HALF_EVEN)
                .orElseThrow().toPlainString());
        assertEquals(2.5, PercentChange.percentOfRatios(1025, 1000, 1, 1).getAsDouble(), 0.0);
    }

    @Test
    void percentOfRatios_productsBeyondLong_areExact() {
        long big = 3_000_000_000_000L; // products reach 9e24, beyond Long.MAX_VALUE
        assertEquals("0.0000000000", PercentChange.percentOfRatios(big, big, big, big, 10, RoundingMode.UNNECESSARY)
                .orElseThrow().toPlainString());
        assertEquals("100.0", PercentChange.percentOfRatios(2 * big, big, big, big, 1, RoundingMode.UNNECESSARY)
                .orElseThrow().toPlainString());
    }

    @Test
    void percentOfRatios_undefinedInputs_areEmpty() {
        assertTrue(PercentChange.percentOfRatios(1, 0, 1, 1).isEmpty(), "current denominator 0");
        assertTrue(PercentChange.percentOfRatios(1, 1, 1, 0).isEmpty(), "baseline denominator 0");
        assertTrue(PercentChange.percentOfRatios(1, 1, 0, 1).isEmpty(), "baseline ratio 0");
        assertTrue(PercentChange.percentOfRatios(1, 1, 0, 1, 1, RoundingMode.HALF_UP).isEmpty());
    }

    @Test
    void percent_badArguments_areRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PercentChange.percent(-1, 5));
        assertEquals("current count must not be negative, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PercentChange.percent(1, 5, -1, RoundingMode.HALF_UP));
        assertEquals("decimals (-1) must not be negative", e.getMessage());
        assertThrows(NullPointerException.class, () -> PercentChange.percent(1, 5, 1, null));
    }
}
