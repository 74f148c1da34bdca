package org.communitysafety.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * A query timed in the core, single-threaded and parallel, and in its two baselines, streams and
 * DuckDB: queries 2–4. (Query 1 also runs on Tablesaw and declares its own engines.)
 */
public abstract class BaselineQueryBenchmark extends QueryBenchmark {
    /** The engine of this trial; {@link QueryBenchmark} reads it from the trial's parameters. */
    @Param({"CORE", "CORE_PARALLEL", "STREAMS", "DUCKDB"})
    public Engine engine;

    protected BaselineQueryBenchmark(Query query) {
        super(query);
    }
}
