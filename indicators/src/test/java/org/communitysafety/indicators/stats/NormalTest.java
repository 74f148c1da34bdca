package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class NormalTest {

    @Test
    void z_usualLevels_areTheExactDecimalQuantiles() {
        // statistics.json meta.conventions.z_95; mpmath: sqrt(2) erfinv(0.95) for the decimal 0.95
        assertEquals(1.9599639845400543, Normal.z(0.95), 0.0);
        assertEquals(3.0902323061678136, Normal.z(0.998), 0.0);
        assertEquals(1.6448536269514726, Normal.z(0.90), 0.0);
    }

    /** Expected: mpmath at 60 digits for the double p (R's qnorm is within an ulp or two). */
    @ParameterizedTest(name = "quantile({0})")
    @CsvSource({"0.9, 1.2815515655446006", "0.975, 1.9599639845400538", "0.999, 3.090232306167813",
        "0.6, 0.2533471031357997", "1e-10, -6.361340902404057", "1e-300, -37.0470962993612",
        "0.025, -1.9599639845400543"})
    void quantile_matchesMpmath(double p, double expected) {
        assertEquals(expected, Normal.quantile(p), 4 * Math.ulp(expected));
    }

    /** Expected: mpmath erfc. */
    @ParameterizedTest(name = "twoSidedP({0})")
    @CsvSource({"1.96, 0.04999579029644087", "8, 1.2441921148543568e-15", "37, 1.1451142445049154e-299",
        "-1.96, 0.04999579029644087"})
    void twoSidedP_matchesMpmathInTheFarTail(double z, double expected) {
        assertEquals(expected, Normal.twoSidedP(z), 1e-13 * expected);
        assertEquals(expected / 2, Normal.upperTail(Math.abs(z)), 1e-13 * expected);
    }

    @Test
    void z_invalidLevel_saysTheRule() {
        var e = assertThrows(IllegalArgumentException.class, () -> Normal.z(1.0));
        assertEquals("confidence (1.0) must be strictly between 0 and 1, for example 0.95", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Normal.quantile(0));
        assertEquals("p (0.0) must be strictly between 0 and 1", e.getMessage());
    }
}
