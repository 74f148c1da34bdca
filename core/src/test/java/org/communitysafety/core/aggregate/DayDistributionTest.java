package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases of {@link DayDistribution}. The medians are those of R's {@code median()}
 * (R Core Team, <i>R: A Language and Environment for Statistical Computing</i>, {@code stats::median}:
 * "the mean of the two middle values" for an even count), e.g. {@code median(c(1, 3, 3, 9))}
 * is 3 and {@code median(c(1, 2))} is 1.5.
 */
final class DayDistributionTest {

    private static int[] values(String text) {
        return Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    @ParameterizedTest(name = "median of {0} = {1}")
    @CsvSource({
        "5, 5.0",
        "1 2, 1.5",
        "1 3 3 9, 3.0",
        "9 3 1 3, 3.0",
        "1 3 3 3 9, 3.0",
        "0 0 0 1, 0.0",
        "2 4 6 8 10 12, 7.0",
        "0 65534, 32767.0"})
    void median_handWorkedCases(String values, double expected) {
        assertThat(DayDistribution.ofValues(values(values)).median()).hasValue(expected);
    }

    @Test
    void median_noValues_isEmpty() {
        assertThat(DayDistribution.empty().median()).isEmpty();
        assertThat(DayDistribution.ofValues().median()).isEmpty();
        assertThat(DayDistribution.empty().isEmpty()).isTrue();
        assertThat(DayDistribution.empty().count()).isZero();
    }

    @Test
    void median_largeCounts_readsTheRanksFromTheCounts() {
        // 3,000,000,000 zeros and 3,000,000,001 nines: the middle value is the first nine
        var d = DayDistribution.of(new int[] {0, 9}, new long[] {3_000_000_000L, 3_000_000_001L});
        assertThat(d.count()).isEqualTo(6_000_000_001L);
        assertThat(d.median()).hasValue(9.0);
        assertThat(d.valueAtRank(2_999_999_999L)).isZero();
        assertThat(d.valueAtRank(3_000_000_000L)).isEqualTo(9);
    }

    @Test
    void ofValues_groupsEqualValues() {
        var d = DayDistribution.ofValues(9, 3, 1, 3);

        assertThat(d.days()).containsExactly(1, 3, 9);
        assertThat(d.counts()).containsExactly(1, 2, 1);
        assertThat(d.count()).isEqualTo(4);
        assertThat(d).isEqualTo(DayDistribution.of(new int[] {1, 3, 9}, new long[] {1, 2, 1}));
    }

    @ParameterizedTest(name = "rank {0} of 1 3 3 9 -> {1}")
    @CsvSource({"0, 1", "1, 3", "2, 3", "3, 9"})
    void valueAtRank_handWorkedCases(long rank, int expected) {
        assertThat(DayDistribution.ofValues(1, 3, 3, 9).valueAtRank(rank)).isEqualTo(expected);
    }

    @Test
    void valueAtRank_outsideTheValues_namesTheRanks() {
        var d = DayDistribution.ofValues(1, 3, 3, 9);

        var high = assertThrows(IllegalArgumentException.class, () -> d.valueAtRank(4));
        assertEquals("rank 4 is outside 0..3", high.getMessage());
        var low = assertThrows(IllegalArgumentException.class, () -> d.valueAtRank(-1));
        assertEquals("rank -1 is outside 0..3", low.getMessage());
    }

    @Test
    void plus_addsTheCountsOfEqualValues() {
        var a = DayDistribution.ofValues(1, 3);
        var b = DayDistribution.ofValues(3, 9, 0);

        var sum = a.plus(b);

        assertThat(sum).isEqualTo(DayDistribution.ofValues(0, 1, 3, 3, 9)).isEqualTo(b.plus(a));
        assertThat(sum.days()).containsExactly(0, 1, 3, 9);
        assertThat(sum.counts()).containsExactly(1, 1, 2, 1);
        assertThat(sum.median()).hasValue(3.0);
    }

    @Test
    void plus_empty_isTheIdentity() {
        var a = DayDistribution.ofValues(1, 3, 3, 9);

        assertThat(a.plus(DayDistribution.empty())).isEqualTo(a);
        assertThat(DayDistribution.empty().plus(a)).isEqualTo(a);
        assertThat(DayDistribution.empty().plus(DayDistribution.empty())).isEqualTo(DayDistribution.empty());
    }

    @Test
    void plus_randomValues_equalsTheDistributionOfAllValues() {
        Random r = new Random(7);
        for (int round = 0; round < 1_000; round++) {
            int[] x = r.ints(r.nextInt(20), 0, 15).toArray();
            int[] y = r.ints(r.nextInt(20), 0, 15).toArray();
            int[] both = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, both, x.length, y.length);

            var sum = DayDistribution.ofValues(x).plus(DayDistribution.ofValues(y));

            assertThat(sum).as("%s + %s", Arrays.toString(x), Arrays.toString(y))
                    .isEqualTo(DayDistribution.ofValues(both));
            assertThat(sum.hashCode()).isEqualTo(DayDistribution.ofValues(both).hashCode());
        }
    }

    @Test
    void of_daysNotIncreasing_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DayDistribution.of(new int[] {1, 3, 3}, new long[] {1, 1, 1}));
        assertEquals("days must increase: 3 after 3", e.getMessage());
    }

    @Test
    void of_aCountNotPositive_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DayDistribution.of(new int[] {1, 2}, new long[] {1, 0}));
        assertEquals("count 0 of day 2 must be positive", e.getMessage());
    }

    @Test
    void of_lengthsDiffer_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DayDistribution.of(new int[] {1, 2}, new long[] {1}));
        assertEquals("2 days but 1 counts", e.getMessage());
    }

    @Test
    void arrays_areCopiesBothWays() {
        int[] days = {1, 3};
        long[] counts = {1, 2};
        var d = DayDistribution.of(days, counts);
        days[0] = 0;
        counts[0] = 5;
        d.days()[1] = 99;
        d.counts()[1] = 99;

        assertThat(d.days()).containsExactly(1, 3);
        assertThat(d.counts()).containsExactly(1, 2);
    }

    @Test
    void toString_isBounded() {
        assertThat(DayDistribution.ofValues(1, 3, 3, 9)).hasToString("DayDistribution[4 values, median 3.0: 1×1, 3×2, 9×1]");
        assertThat(DayDistribution.ofValues(5)).hasToString("DayDistribution[1 value, median 5.0: 5×1]");
        assertThat(DayDistribution.empty()).hasToString("DayDistribution[0 values]");
        assertThat(DayDistribution.ofValues(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).toString())
                .endsWith("8×1, 9×1, ...]");
    }

    @Test
    void valueAtRank_emptyDistribution_saysItIsEmpty() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DayDistribution.empty().valueAtRank(0));

        org.junit.jupiter.api.Assertions.assertEquals("an empty distribution has no value of rank 0", e.getMessage());
    }
}
