package org.communitysafety.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The CI smoke pass: every benchmark of this module, every engine, at 20,000 incidents, in
 * this JVM (no fork), no warm-up, one short iteration — the equivalent of {@code java -jar
 * benchmarks.jar -p incidents=20000 -f 1 -wi 0 -i 1 -r 100ms}. It fails if any benchmark
 * throws, including the engines-agree check of each {@code @Setup}. Figures are meaningless
 * here; the JMH lock is ignored so that a real run elsewhere on the machine does not block CI.
 */
final class BenchmarkSmokeTest {
    @Test
    void everyBenchmark_runsOnceAtATinySize() throws Exception {
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(BenchmarkSmokeTest.class.getPackageName() + ".(Query|StoreBuild|Catalogue).*Benchmark")
                .param("incidents", "20000")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // queries 1-4: 5 + 4 + 4 + 4 engines; query 4 on all records: 2; reading CSV: 4 readers;
        // the catalogue, the aggregation alone and the statistics alone on 1 and 2 threads: 6
        assertEquals(29, results.size(), "one result per benchmark and engine");
    }
}
