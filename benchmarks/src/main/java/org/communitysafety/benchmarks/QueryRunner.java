package org.communitysafety.benchmarks;

/**
 * One engine prepared to answer one query: {@link #run()} is what the benchmark times, and
 * {@link #canonical(Object)} turns its answer into a form every engine of the query shares
 * (a {@code long[]} of the same cells in the same order), so that the self-check can compare
 * engines and a fast wrong answer cannot win. Not thread-safe.
 */
interface QueryRunner extends AutoCloseable {
    /** Answers the query; the result is returned so that nothing is optimised away. */
    Object run() throws Exception;

    /**
     * The answer in the query's canonical form; by default the answer is that form already (a
     * {@code long[]}).
     */
    default long[] canonical(Object result) {
        return (long[]) result;
    }

    @Override
    default void close() throws java.sql.SQLException {}
}
