package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.communitysafety.indicators.stats.PoissonIntervals;
import org.communitysafety.indicators.stats.Proportions;
import org.communitysafety.indicators.stats.TestResult;
import org.communitysafety.indicators.stats.Tests;
import org.junit.jupiter.api.Test;

/**
 * A memo gives the statistics classes' own values, bit for bit, for small and repeated inputs
 * and for inputs too large to pack; keeps exposures and settings apart; and shares its values.
 */
class StatisticsMemoTest {

    static final IndicatorSettings SETTINGS = IndicatorSettings.defaults();

    @Test
    void values_areTheStatisticsClassesValues() {
        Random random = new Random(13);
        for (IndicatorSettings settings : new IndicatorSettings[] {SETTINGS,
            SETTINGS.withConfidence(0.9).withProportionIntervals(IntervalMethod.CLOPPER_PEARSON),
            SETTINGS.withConfidence(0.99).withProportionIntervals(IntervalMethod.WILSON_CC)}) {
            StatisticsMemo memo = StatisticsMemo.of(settings);
            double level = settings.confidence();
            for (int k = 0; k < 3_000; k++) {
                long bound = k % 3 == 0 ? 5 : k % 3 == 1 ? 200 : 3_000_000_000L; // repeats, and unpackable counts
                long n1 = 1 + (long) (random.nextDouble() * bound);
                long n0 = 1 + (long) (random.nextDouble() * bound);
                long x1 = (long) (random.nextDouble() * (n1 + 1));
                long x0 = (long) (random.nextDouble() * (n0 + 1));
                int days1 = 28 + random.nextInt(4);
                int days0 = 365 + random.nextInt(2);
                assertThat(memo.garwood(x1)).isEqualTo(PoissonIntervals.garwood(x1, level));
                assertThat(memo.ratePer10k(x1, n1))
                        .isEqualTo(PoissonIntervals.rate(IntervalMethod.GARWOOD, x1, n1, 10_000, level));
                assertThat(memo.proportion(x1, n1))
                        .isEqualTo(Proportions.interval(settings.proportionIntervals(), x1, n1, level));
                assertThat(memo.countTest(x1, days1, x0, days0))
                        .isEqualTo(Tests.poissonRatio(x1, days1, x0, days0, level).map(TestResult::pValue)
                                .map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty()));
                assertThat(memo.rateTest(x1, n1, days1, x0, n0, days0))
                        .isEqualTo(Tests.poissonRatio(x1, (double) n1 * days1, x0, (double) n0 * days0, level)
                                .map(t -> java.util.OptionalDouble.of(t.pValue()))
                                .orElse(java.util.OptionalDouble.empty()));
                assertThat(memo.twoProportions(x1, n1, x0, n0))
                        .isEqualTo(Tests.twoProportions(x1, n1, x0, n0, level)
                                .map(t -> java.util.OptionalDouble.of(t.pValue()))
                                .orElse(java.util.OptionalDouble.empty()));
            }
            long[] counts = memo.lookupsAndComputed();
            assertThat(counts[1]).as("the small inputs repeat").isLessThan(counts[0]);
        }
    }

    @Test
    void testsOfTheSameCounts_overOtherPeriods_areKeptApart() {
        StatisticsMemo memo = StatisticsMemo.of(SETTINGS);
        var month = memo.countTest(12, 31, 5, 31);
        var shortMonth = memo.countTest(12, 28, 5, 31);
        assertThat(month).isNotEqualTo(shortMonth);
        assertThat(memo.countTest(12, 31, 5, 31)).isSameAs(month);
        assertThat(shortMonth).isEqualTo(Tests.poissonRatioPValue(12, 28, 5, 31));
    }

    @Test
    void memosOfOtherLevels_keepTheirOwnIntervals() {
        StatisticsMemo at95 = StatisticsMemo.of(SETTINGS);
        StatisticsMemo at90 = StatisticsMemo.of(SETTINGS.withConfidence(0.9));
        assertThat(at95.garwood(7)).isEqualTo(PoissonIntervals.garwood(7, 0.95));
        assertThat(at90.garwood(7)).isEqualTo(PoissonIntervals.garwood(7, 0.9));
        assertThat(at90.proportion(3, 8).orElseThrow().confidence()).isEqualTo(0.9);
    }

    @Test
    void equalInputs_shareOneValue_andTheAfreshMemoKeepsNothing() {
        StatisticsMemo memo = StatisticsMemo.of(SETTINGS);
        assertThat(memo.garwood(3)).isSameAs(memo.garwood(3));
        assertThat(memo.proportion(3, 9)).isSameAs(memo.proportion(3, 9));
        StatisticsMemo none = StatisticsMemo.none(SETTINGS);
        assertThat(none.proportion(3, 9)).isNotSameAs(none.proportion(3, 9)).isEqualTo(memo.proportion(3, 9));
        assertThat(none.lookupsAndComputed()).containsExactly(0, 0);
    }

    @Test
    void theMap_growsAndFindsEveryKey() {
        PairKeyMap<Long> map = new PairKeyMap<>();
        for (long a = 0; a < 300; a++) {
            for (long b = 0; b < 300; b += 7) {
                assertThat(map.get(a, b)).isNull();
                map.put(a, b, a * 1000 + b);
            }
        }
        for (long a = 0; a < 300; a++) {
            for (long b = 0; b < 300; b++) {
                assertThat(map.get(a, b)).isEqualTo(b % 7 == 0 ? Long.valueOf(a * 1000 + b) : null);
            }
        }
        assertThat(map.size()).isEqualTo(300 * 43);
        assertThat(map.values()).hasSize(300 * 43);
        assertThat(map.get(-1, 0)).isNull();   // small pairs and hashed ones alike, and no negative key
        assertThat(map.get(PairKeyMap.SMALL - 1, PairKeyMap.SMALL)).isNull();
        assertThat(map.get(1L << 40, 3)).isNull();
        map.put(1L << 40, 3, -7L);
        assertThat(map.get(1L << 40, 3)).isEqualTo(-7L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put(-1, 0, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(-1, 0)");
    }
}
