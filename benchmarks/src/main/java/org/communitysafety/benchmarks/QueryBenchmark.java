package org.communitysafety.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every query benchmark shares: the size ladder, one runner per trial, and the check in
 * {@code @Setup} that an engine's whole answer equals the single-threaded core's before it is
 * timed, so that a fast wrong answer cannot win. A subclass names its query, declares the
 * {@code engine} parameter with the engines that run it, and builds their runners.
 */
@State(Scope.Benchmark)
public abstract class QueryBenchmark {
    @Param({"1000000", "10000000"})
    public int incidents;

    /** The runner of this trial's engine. */
    protected QueryRunner runner;

    /** The engine of this trial (the subclass's {@code @Param}). */
    abstract Engine engine();

    /** The query's name in the agreement check's message, e.g. {@code query 2}. */
    abstract String query();

    /** A runner of the query on {@code engine}. */
    abstract QueryRunner newRunner(Engine engine, BenchmarkData data) throws Exception;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchmarkData data = BenchmarkData.of(incidents);
        System.out.println("\n" + data.describe());
        runner = newRunner(engine(), data);
        if (engine() != Engine.CORE) {
            try (QueryRunner reference = newRunner(Engine.CORE, data)) {
                SelfCheck.agree(query(), engine(), runner, reference);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        runner.close();
    }
}
