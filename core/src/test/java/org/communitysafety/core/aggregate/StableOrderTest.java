package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link StableOrder}: on any number of slices, the order of a comparison sort by (unit, day, row)
 * — the stable order — and the units' first places.
 */
final class StableOrderTest {

    /** The reference: each row's place when rows are sorted by (unit, day), ties by row. */
    private static int[] byComparison(int[] unit, int[] day, int n) {
        Integer[] rows = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(rows, Comparator.<Integer>comparingInt(r -> unit[r]).thenComparingInt(r -> day[r])
                .thenComparingInt(r -> r));
        int[] where = new int[n];
        for (int place = 0; place < n; place++) {
            where[rows[place]] = place;
        }
        return where;
    }

    @Test
    void where_anyNumberOfSlices_isTheStableOrderByUnitThenDay() {
        Random random = new Random(13);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(5_000);
            int units = 1 + random.nextInt(50);
            int firstDay = 19_000 + random.nextInt(100);
            int span = 1 + random.nextInt(400);
            int[] unit = new int[n + 7];   // longer than n, as a builder's arrays are
            int[] day = new int[n + 7];
            for (int r = 0; r < n; r++) {
                unit[r] = random.nextInt(units);
                day[r] = firstDay + random.nextInt(span);
            }
            int[] expected = byComparison(unit, day, n);
            for (int threads : new int[] {1, 2, 3, 8}) {
                int[] starts = new int[units + 1];
                int[] where = StableOrder.where(unit, units, day, firstDay, span, n, threads, starts, 1 + n / 10);
                assertThat(where).as("round %d, %d threads", round, threads).isEqualTo(expected);
                for (int u = 0; u <= units; u++) {
                    int first = u;
                    long before = IntStream.range(0, n).filter(r -> unit[r] < first).count();
                    assertThat(starts[u]).as("start of unit %d", u).isEqualTo((int) before);
                }
            }
        }
    }

    @Test
    void inSlices_coversEveryRowOnce() {
        int n = 1_000_000;
        int[] seen = new int[n];
        StableOrder.inSlices(n, 4, (from, to) -> {
            for (int r = from; r < to; r++) {
                seen[r]++;
            }
        });
        assertThat(Arrays.stream(seen).allMatch(c -> c == 1)).isTrue();
    }
}
