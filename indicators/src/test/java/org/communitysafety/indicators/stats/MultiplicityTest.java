package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bit-for-bit agreement with R's {@code p.adjust(p, "BH")} is in {@code RReferenceTest}. */
final class MultiplicityTest {

    @Test
    void benjaminiHochberg_handWorked() {
        // sorted 0.005 0.01 0.03 0.04: (4/1)0.005 = 0.02, (4/2)0.01 = 0.02, (4/3)0.03 = 0.04, 0.04
        double[] adjusted = Multiplicity.benjaminiHochberg(new double[] {0.04, 0.005, 0.03, 0.01});
        assertArrayEquals(new double[] {0.04, 0.02, 0.04, 0.02}, adjusted, 1e-17);
    }

    @Test
    void benjaminiHochberg_emptyAndSingle() {
        assertEquals(0, Multiplicity.benjaminiHochberg(new double[0]).length);
        assertArrayEquals(new double[] {0.7}, Multiplicity.benjaminiHochberg(new double[] {0.7}), 0.0);
    }

    @Test
    void benjaminiHochberg_seededRandom_isMonotoneAndAtLeastTheRawValue() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            int m = 1 + random.nextInt(60);
            double[] p = new double[m];
            for (int i = 0; i < m; i++) {
                p[i] = random.nextInt(8) == 0 ? p[random.nextInt(i + 1)] : Math.pow(random.nextDouble(), 3);
            }
            double[] copy = p.clone();
            double[] adjusted = Multiplicity.benjaminiHochberg(p);
            assertArrayEquals(copy, p, 0.0, "input not modified");
            for (int i = 0; i < m; i++) {
                assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1.0);
                assertTrue(adjusted[i] <= Math.min(1.0, p[i] * m) + 1e-15, "never above Bonferroni");
                for (int j = 0; j < m; j++) {
                    if (p[i] <= p[j]) {
                        assertTrue(adjusted[i] <= adjusted[j], "order is kept");
                    }
                }
            }
        }
    }

    @Test
    void benjaminiHochberg_invalidP_namesTheIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Multiplicity.benjaminiHochberg(new double[] {0.1, Double.NaN}));
        assertEquals("p[1] (NaN) must be in [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Multiplicity.benjaminiHochberg(new double[] {1.2}));
        assertEquals("p[0] (1.2) must be in [0, 1]", e.getMessage());
        assertThrows(NullPointerException.class, () -> Multiplicity.benjaminiHochberg(null));
    }
}
