package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pass's search helpers, against the JDK's binary search. */
final class IncidentPassTest {
    @Test
    void firstAtOrAfter_randomSortedArrays_isTheFirstIndexAtOrAfterTheStartWithAValueAtLeastV() {
        Random r = new Random(20261207L);
        for (int t = 0; t < 2000; t++) {
            int[] a = new int[r.nextInt(t % 10 == 0 ? 3 : 5000)];
            int v = r.nextInt(3);
            for (int i = 0; i < a.length; i++) {
                v += 1 + r.nextInt(4); // strictly increasing, like the rows of the amounts
                a[i] = v;
            }
            int k = a.length == 0 ? 0 : r.nextInt(a.length + 1);
            int target = (k < a.length ? a[k] : v) + r.nextInt(4 * Math.max(1, a.length - k) + 3) - 1;
            int expected = Arrays.binarySearch(a, target);
            expected = Math.max(k, expected < 0 ? -expected - 1 : expected);
            assertThat(IncidentAmounts.firstAtOrAfter(a, k, target)).as("case %d: %s from %d for %d", t,
                    a.length < 20 ? Arrays.toString(a) : a.length + " values", k, target).isEqualTo(expected);
        }
        assertThat(IncidentAmounts.firstAtOrAfter(new int[0], 0, 5)).isZero();
        assertThat(IncidentAmounts.firstAtOrAfter(new int[] {1, 3, 5}, 3, 0)).isEqualTo(3);
        assertThat(IncidentAmounts.firstAtOrAfter(new int[] {1, 3, 5}, 1, 0)).isEqualTo(1);
        assertThat(IncidentAmounts.firstAtOrAfter(new int[] {1, 3, 5}, 0, 6)).isEqualTo(3);
    }
}
