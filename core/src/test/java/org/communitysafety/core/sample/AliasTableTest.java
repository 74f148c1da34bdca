package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class AliasTableTest {

    @Test
    void probability_equalsNormalisedWeights() {
        double[] w = {5, 0, 1, 3, 0.5, 10};
        AliasTable t = AliasTable.of(w);
        double sum = 19.5;
        for (int i = 0; i < w.length; i++) {
            assertThat(t.probability(i)).as("outcome %d", i).isCloseTo(w[i] / sum, within(1e-12));
        }
    }

    @Test
    void sample_frequenciesMatchWeights_andZeroWeightsNeverDrawn() {
        double[] w = {5, 0, 1, 3, 0.5, 10};
        AliasTable t = AliasTable.of(w);
        SplittableRandom rng = new SplittableRandom(1);
        int n = 400_000;
        int[] counts = new int[w.length];
        for (int i = 0; i < n; i++) {
            counts[t.sample(rng)]++;
        }
        assertThat(counts[1]).isZero();
        for (int i = 0; i < w.length; i++) {
            double p = w[i] / 19.5;
            // 5 binomial standard deviations
            assertThat((double) counts[i]).as("outcome %d", i)
                    .isCloseTo(n * p, within(5 * Math.sqrt(n * p * (1 - p)) + 1));
        }
    }

    @Test
    void of_singleWeight_alwaysDrawsIt() {
        AliasTable t = AliasTable.of(new double[] {0.25});
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 1000; i++) {
            assertThat(t.sample(rng)).isZero();
        }
    }

    @Test
    void of_badWeights_areRejectedWithReasons() {
        assertThatThrownBy(() -> AliasTable.of(new double[0]))
                .hasMessage("an alias table needs at least one weight");
        assertThatThrownBy(() -> AliasTable.of(new double[] {1, -1}))
                .hasMessage("weight 1 must be finite and ≥ 0, got -1.0");
        assertThatThrownBy(() -> AliasTable.of(new double[] {Double.NaN}))
                .hasMessage("weight 0 must be finite and ≥ 0, got NaN");
        assertThatThrownBy(() -> AliasTable.of(new double[] {0, 0}))
                .hasMessage("the weights must not all be zero");
    }
}
