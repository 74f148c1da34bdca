package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row problem repeated on many rows is booked once with its count and first lines. */
final class RepeatedProblemsTest {
    @Test
    void occurrences_manyRows_groupsThousandsAndCutsTheLines() {
        assertThat(RepeatedProblems.occurrences(1204, new long[] {5, 9, 12, 30, 41}))
                .isEqualTo("(1,204 rows; lines 5, 9, 12, 30, 41, …)");
        assertThat(RepeatedProblems.occurrences(2, new long[] {5, 9, 0, 0, 0})).isEqualTo("(2 rows; lines 5, 9)");
    }

    @Test
    void close_repeatsOnly_areRewrittenAndTheRestKeptInOrder() {
        List<Problem> books = new ArrayList<>();
        RepeatedProblems repeats = new RepeatedProblems(books);
        List<Problem> found = List.of(
                Problem.error("f.csv", 2, "category", "两抢", "unknown category 两抢"),
                Problem.error("f.csv", 3, "unit", "9", "unknown unit 9"),
                Problem.error("f.csv", 4, "category", "两抢", "unknown category 两抢"),
                Problem.warning("f.csv", 5, "category", "两抢", "unknown category 两抢"),
                Problem.error("f.csv", 0, "the file cannot be read"),
                Problem.error("f.csv", 0, "the file cannot be read"));
        for (Problem p : found) {
            if (!repeats.repeated(p)) {
                books.add(p);
            }
        }
        repeats.close();

        assertThat(books).extracting(Problem::toString).containsExactly(
                "f.csv line 2, column category: unknown category 两抢 (2 rows; lines 2, 4)",
                "f.csv line 3, column unit: unknown unit 9",
                "f.csv line 5, column category: warning: unknown category 两抢",
                "f.csv: the file cannot be read",
                "f.csv: the file cannot be read");
    }
}
