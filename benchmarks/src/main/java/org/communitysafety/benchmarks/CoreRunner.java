package org.communitysafety.benchmarks;

/** A query answered by the columnar core over the benchmark data on a number of threads. */
abstract class CoreRunner implements QueryRunner {
    /** The benchmark data: the store, the tree and the taxonomy. */
    final BenchmarkData d;
    /** Threads the core aggregates on: 1, or every processor. */
    final int threads;

    CoreRunner(BenchmarkData d, int threads) {
        this.d = d;
        this.threads = threads;
    }
}
