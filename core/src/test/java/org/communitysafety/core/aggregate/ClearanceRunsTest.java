package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked days-to-clear runs against a list of the same (value, count) pairs. */
final class ClearanceRunsTest {
    private static List<long[]> contents(ClearanceRuns runs) {
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < runs.chunks(); k++) {
            for (int i = 0; i < runs.size(k); i++) {
                out.add(new long[] {runs.values(k)[i], runs.counts(k)[i]});
            }
        }
        assertThat(out).hasSize(runs.size());
        return out;
    }

    /** Fills {@code runs} with keys from {@code firstKey}, in order, by both paths; the expected pairs into {@code expected}. */
    private static void fill(Random r, ClearanceRuns runs, List<long[]> expected, int firstKey, int keys) {
        int[] histogram = new int[600];
        for (int key = firstKey; key < firstKey + keys; key++) {
            long k = (long) key << 16;
            if (r.nextBoolean()) {
                expected.add(new long[] {k, 1 + r.nextInt(9)});
                runs.add(k, expected.get(expected.size() - 1)[1]);
            }
            int days = 1 + r.nextInt(r.nextInt(10) == 0 ? 520 : 40); // some more than a chunk's room left
            for (int d = 1; d < days; d++) {
                histogram[7 + d] = r.nextInt(3) == 0 ? 1 + r.nextInt(100) : 0;
                if (histogram[7 + d] != 0) {
                    expected.add(new long[] {k | d, histogram[7 + d]});
                }
            }
            runs.addNonZero(k, histogram, 7, 1, days);
            for (int x : histogram) {
                assertThat(x).as("the histogram is zeroed").isZero();
            }
        }
    }

    @Test
    void addAndAddNonZero_acrossChunks_keepEveryRunInOrder() {
        Random r = new Random(20261207L);
        ClearanceRuns runs = new ClearanceRuns();
        List<long[]> expected = new ArrayList<>();
        fill(r, runs, expected, 0, 5000);

        assertThat(runs.size()).isGreaterThan(3 * ClearanceRuns.CHUNK);
        assertThat(runs.chunks()).isGreaterThan(3);
        assertThat(runs.inOrder()).isTrue();
        assertThat(contents(runs)).containsExactlyElementsOf(expected);
        assertThat(runs.sorted()).isSameAs(runs);
    }

    @Test
    void appendAll_partsInOrder_takesTheirChunksAndStaysInOrder() {
        Random r = new Random(7);
        ClearanceRuns[] parts = new ClearanceRuns[5];
        List<long[]> expected = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new ClearanceRuns();
            if (p != 2) { // an empty part among them
                fill(r, parts[p], expected, p * 1000, p == 4 ? 5 : 900);
            }
        }
        ClearanceRuns all = new ClearanceRuns();
        all.add(0, 3);
        expected.add(0, new long[] {0, 3});
        all.appendAll(parts);
        all.add(5000L << 16, 4); // appending goes on after the parts
        expected.add(new long[] {5000L << 16, 4});

        assertThat(all.inOrder()).isTrue();
        assertThat(contents(all)).containsExactlyElementsOf(expected);
    }

    @Test
    void sorted_partsOutOfOrderOrAppendedToItself_isEveryRunSortedByValue() {
        Random r = new Random(11);
        ClearanceRuns late = new ClearanceRuns();
        ClearanceRuns early = new ClearanceRuns();
        List<long[]> expected = new ArrayList<>();
        fill(r, late, expected, 2000, 700);
        fill(r, early, expected, 0, 700);
        ClearanceRuns all = new ClearanceRuns();
        all.appendAll(new ClearanceRuns[] {late, early});
        all.append(all); // a merge of an accumulator with itself: every run twice
        expected.addAll(new ArrayList<>(expected));

        assertThat(all.inOrder()).isFalse();
        ClearanceRuns sorted = all.sorted();
        expected.sort(Comparator.comparingLong(x -> x[0])); // stable: equal values keep their order
        assertThat(sorted.inOrder()).isTrue();
        assertThat(contents(sorted)).containsExactlyElementsOf(expected);
    }
}
