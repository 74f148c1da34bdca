package org.communitysafety.benchmarks;

import java.util.Arrays;

/** Checks that an engine gives the same answer as the single-threaded core. */
final class SelfCheck {
    private SelfCheck() {}

    /**
     * Runs {@code runner} and {@code reference} once each and throws if their canonical answers
     * differ, naming the first differing cell.
     *
     * @throws IllegalStateException if they differ
     */
    static void agree(String query, Engine engine, QueryRunner runner, QueryRunner reference) throws Exception {
        long[] expected = reference.canonical(reference.run());
        long[] actual = runner.canonical(runner.run());
        if (!Arrays.equals(expected, actual)) {
            int i = Arrays.mismatch(expected, actual);
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "%s: %s disagrees with CORE at cell %d of %d/%d: %s instead of %s", query, engine, i,
                    actual.length, expected.length, i < actual.length ? Long.toString(actual[i]) : "nothing",
                    i < expected.length ? Long.toString(expected[i]) : "nothing"));
        }
        nonZero(query, expected);
    }

    /**
     * Throws if every figure of a canonical answer is zero: the engines would agree on data that
     * hold nothing to count.
     *
     * @throws IllegalStateException if they are all zero
     */
    static void nonZero(String query, long[] canonical) {
        if (Arrays.stream(canonical).allMatch(v -> v == 0)) {
            throw new IllegalStateException(query + ": every figure is zero; the data are wrong");
        }
    }
}
