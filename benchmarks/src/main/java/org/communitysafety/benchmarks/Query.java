package org.communitysafety.benchmarks;

/**
 * One query and how each engine prepares to answer it: the one place that turns an {@link
 * Engine} into a {@link QueryRunner}, so that a benchmark's set-up and {@code EnginesAgreeTest}
 * build the same runners. The core runs single-threaded ({@code CORE}) or on every processor
 * ({@code CORE_PARALLEL}); Tablesaw answers query 1 only.
 *
 * @param name the query's name in messages, e.g. {@code query 2}
 * @param core the core's runner on a number of threads
 * @param streams the {@code Collectors.groupingBy} baseline
 * @param duckDb the DuckDB baseline
 * @param tablesaw the Tablesaw baseline, or a factory that throws
 */
record Query(String name, CoreFactory core, Factory streams, Factory duckDb, Factory tablesaw) {
    /** Makes a runner of one engine over the benchmark data. */
    @FunctionalInterface
    interface Factory {
        QueryRunner create(BenchmarkData d) throws Exception;
    }

    /** Makes a runner of the core on {@code threads} threads over the benchmark data. */
    @FunctionalInterface
    interface CoreFactory {
        QueryRunner create(BenchmarkData d, int threads) throws Exception;
    }

    /** A query that Tablesaw does not run. */
    static Query of(String name, CoreFactory core, Factory streams, Factory duckDb) {
        return new Query(name, core, streams, duckDb, d -> {
            throw new UnsupportedOperationException("Tablesaw runs query 1 only");
        });
    }

    /** This query's runner on {@code engine} over {@code d}; close it when done. */
    QueryRunner runner(Engine engine, BenchmarkData d) throws Exception {
        return switch (engine) {
            case CORE, CORE_PARALLEL -> core.create(d, engine.threads());
            case STREAMS -> streams.create(d);
            case DUCKDB -> duckDb.create(d);
            case TABLESAW -> tablesaw.create(d);
        };
    }
}
