package org.communitysafety.benchmarks;

/** Who answers a query; every engine of a query runs in the same JMH run, one fork each. */
public enum Engine {
    /** The columnar core ({@code IncidentStore} + {@code IncidentAggregation}) on one thread. */
    CORE,
    /** The columnar core on every available processor ({@code IncidentAggregation} with threads = cores). */
    CORE_PARALLEL,
    /** What a Java developer writes first: {@code Collectors.groupingBy} over a {@code List<Incident>}. */
    STREAMS,
    /** DuckDB in memory over JDBC: the same incidents appended once per trial, the SQL query timed. */
    DUCKDB,
    /** Tablesaw's {@code summarize(...).by(...)} on a table built once per trial (query 1 only). */
    TABLESAW;

    /** Threads the core uses for this engine. */
    int threads() {
        return this == CORE_PARALLEL ? Runtime.getRuntime().availableProcessors() : 1;
    }
}
