package org.communitysafety.benchmarks;

import java.sql.SQLException;

/**
 * A query answered by DuckDB: the benchmark incidents loaded into a new in-memory database when
 * the runner is made ({@link DuckDbData#load}, once per trial, not timed), closed with the
 * runner.
 */
abstract class DuckDbRunner implements QueryRunner {
    /** The benchmark data, for the sizes of the answer. */
    final BenchmarkData d;
    /** The database holding {@code d}'s incidents. */
    final DuckDbData db;

    DuckDbRunner(BenchmarkData d) throws SQLException {
        this.d = d;
        this.db = DuckDbData.load(d);
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
